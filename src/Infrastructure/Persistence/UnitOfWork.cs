using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>The request's <see cref="ApplicationDbContext"/> as a unit of work: its transactions and its change tracker.</summary>
internal sealed class UnitOfWork(ApplicationDbContext db) : IUnitOfWork
{
    private int _savepoints;

    public async Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not { } enclosing)
        {
            return new Transaction(await db.Database.BeginTransactionAsync(cancellationToken));
        }

        // Inside the request's transaction (an idempotent request's answer commits with its change): join it, so that
        // nothing commits before the answer is written, and undo only this part if it fails.
        var name = $"unit_of_work_{++_savepoints}";
        await enclosing.CreateSavepointAsync(name, cancellationToken);
        return new Savepoint(enclosing, name);
    }

    public void ForgetChanges() => db.ChangeTracker.Clear();

    private sealed class Transaction(IDbContextTransaction transaction) : ITransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    /// <summary>A part of an enclosing transaction: committing it keeps its work for the enclosing commit.</summary>
    private sealed class Savepoint(IDbContextTransaction enclosing, string name) : ITransaction
    {
        private bool _kept;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await enclosing.ReleaseSavepointAsync(name, cancellationToken);
            _kept = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (_kept)
            {
                return;
            }

            try
            {
                await enclosing.RollbackToSavepointAsync(name, CancellationToken.None);
            }
            catch (DbException)
            {
                // The error that got here also ended the enclosing transaction (the database rolled it back); the
                // enclosing transaction's own rollback cleans up, and the original error is the one worth reporting.
            }
        }
    }
}
