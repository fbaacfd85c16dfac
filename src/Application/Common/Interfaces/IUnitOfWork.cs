namespace Volunteers.Application.Common.Interfaces;

/// <summary>
/// The unit of work beyond one save: an explicit transaction around several statements (the shift rosters), and
/// forgetting what was loaded and changed so far, to try again on fresh data after a concurrency conflict.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Begins a transaction that every following statement and save joins, until <see cref="ITransaction.CommitAsync"/>;
    /// disposed without a commit, it rolls everything back. Begun inside a transaction that is already open (an idempotent
    /// request's, whose answer commits with its change), it is a part of that one: its commit keeps the work for the
    /// enclosing commit, and disposing it without a commit undoes only this part.
    /// </summary>
    Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every loaded entity and unsaved change (after a conflict, before loading again).</summary>
    void ForgetChanges();
}

/// <summary>An open transaction of the unit of work; disposing it without <see cref="CommitAsync"/> rolls it back.</summary>
public interface ITransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
