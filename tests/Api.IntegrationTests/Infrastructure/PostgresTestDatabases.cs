using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL database per test app, created on the lane's server (<see cref="TestDatabase.PostgresVariable"/>) and
/// dropped with the app, so that apps with their own settings never see each other's rows.
/// </summary>
internal static class PostgresTestDatabases
{
    private static string Server => Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)!;

    /// <summary>Creates an empty database and returns its connection string; the app's migrations fill it.</summary>
    public static string Create()
    {
        var name = $"volunteers_tests_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database, closing whatever connections the app's pool still holds.</summary>
    public static void Drop(string connectionString) =>
        Execute($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");

    /// <summary>Empties the tables in one statement, restarting their identity columns as on a fresh database.</summary>
    /// <remarks>
    /// The app's background workers (outbox, webhooks, mail) keep running between tests, and TRUNCATE takes its table
    /// locks one by one, so it can deadlock with a worker's transaction; PostgreSQL then aborts one side, and we try again.
    /// </remarks>
    public static async Task EmptyAsync(DatabaseFacade database, IEnumerable<string> tables)
    {
        var sql = $"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t}\""))} RESTART IDENTITY CASCADE;";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.ExecuteSqlRawAsync(sql);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt));
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
