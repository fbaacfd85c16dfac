using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// The per-connection settings of SQLite, applied once to every physical connection (the driver pools them, and the
/// settings live as long as the connection):
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite lets one writer in at a time (Microsoft.Data.Sqlite begins transactions IMMEDIATE).
/// A connection that finds the database locked waits inside SQLite, in steps of a few milliseconds, for the lock —
/// rather than only relying on the driver's coarser retry — so simultaneous requests queue for the write lock and do not
/// fail with "database is locked". (Writes of this process queue in <see cref="SqliteWriteQueue"/> first.)</item>
/// <item><c>synchronous = NORMAL</c>: the database runs in WAL mode (EF Core creates it so); with NORMAL a commit is
/// appended to the WAL without waiting for the disk, which is synced at checkpoints. The database never corrupts; an
/// operating-system crash or power loss (not an application crash) may lose the last commits before it. This is what
/// lets one SQLite file take thousands of small writes a second (see docs/performance.md).</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSettings(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Unconfigured(connection) is { } handle)
        {
            using var command = Pragmas(connection);
            command.ExecuteNonQuery();
            _configured.AddOrUpdate(handle, handle);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Unconfigured(connection) is { } handle)
        {
            await using var command = Pragmas(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _configured.AddOrUpdate(handle, handle);
        }
    }

    /// <summary>The native connection behind a pooled one, if it has not been configured yet.</summary>
    private object? Unconfigured(DbConnection connection)
    {
        object handle = connection is SqliteConnection { Handle: { } native } ? native : connection;
        return _configured.TryGetValue(handle, out _) ? null : handle;
    }

    private DbCommand Pragmas(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;";
        return command;
    }
}
