using Microsoft.EntityFrameworkCore.Storage;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>The request's <see cref="ApplicationDbContext"/> as a unit of work: its transactions and its change tracker.</summary>
internal sealed class UnitOfWork(ApplicationDbContext db) : IUnitOfWork
{
    public async Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(await db.Database.BeginTransactionAsync(cancellationToken));

    public void ForgetChanges() => db.ChangeTracker.Clear();

    private sealed class Transaction(IDbContextTransaction transaction) : ITransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
