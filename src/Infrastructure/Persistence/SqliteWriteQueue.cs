using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// Lets this process's writes to SQLite in one at a time, in the order they come, instead of letting them race for the
/// database's write lock. SQLite has a single writer; a connection that finds the lock taken sleeps in its busy handler
/// (1, 2, 5, 10 … ms) and polls again, so under many simultaneous writes most of the time goes to sleeping while the lock
/// is free. Here a write waits on an in-process queue and starts the moment the previous one has finished.
/// <para>
/// Only a single write statement outside an explicit transaction (how EF Core saves one row, and bulk <c>ExecuteUpdate</c>)
/// is queued; its slot is given back as soon as the statement has run (committed). Statements inside a transaction are
/// never queued — the transaction already holds or will wait for the lock itself — so a queued write may wait for a
/// transaction (through the busy timeout) but a transaction never waits for the queue: no deadlock. Other processes on the
/// same file still meet the busy timeout (<see cref="SqliteConnectionSettings"/>).
/// </para>
/// </summary>
internal sealed class SqliteWriteQueue : DbCommandInterceptor, IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConditionalWeakTable<DbCommand, object> _holding = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Enter(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Enter(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, cancellationToken);
        return result;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Leave(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Leave(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Leave(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Leave(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Leave(command);
        return Task.CompletedTask;
    }

    public void Dispose() => _turn.Dispose();

    /// <summary>A write that commits on its own: INSERT, UPDATE or DELETE outside a transaction.</summary>
    private static bool IsQueued(DbCommand command)
    {
        if (command.Transaction is not null)
        {
            return false;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
               || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
               || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }

    private void Enter(DbCommand command)
    {
        if (IsQueued(command))
        {
            _turn.Wait();
            _holding.AddOrUpdate(command, this);
        }
    }

    private async Task EnterAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (IsQueued(command))
        {
            await _turn.WaitAsync(cancellationToken);
            _holding.AddOrUpdate(command, this);
        }
    }

    private void Leave(DbCommand command)
    {
        if (_holding.Remove(command))
        {
            _turn.Release();
        }
    }
}
