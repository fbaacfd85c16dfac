namespace Volunteers.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Volunteers";
    public const string DefaultSqliteConnectionString = "Data Source=volunteers.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Server databases (SQL Server, PostgreSQL): apply migrations at start-up. SQLite always migrates.</summary>
    public bool MigrateOnStartup { get; set; }
}
