using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// SQLite lets one writer in at a time (Microsoft.Data.Sqlite begins transactions IMMEDIATE). With a busy timeout, a
/// connection that finds the database locked waits inside SQLite, in steps of a few milliseconds, for the lock —
/// rather than only relying on the driver's coarser retry — so simultaneous requests queue for the write lock and do
/// not fail with "database is locked".
/// </summary>
internal sealed class SqliteBusyTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Pragma(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds};";
        return command;
    }
}
