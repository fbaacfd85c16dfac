using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Mobilizations;
using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Mobilizations;

/// <summary>
/// Writes a drawn roster in one transaction: the roster row through EF (so its <see cref="RosterCreated"/> event
/// becomes its webhook in the same transaction), its entries and their queued e-mails in bulk. A unique index refusing a row (the day
/// taken by a racing roster) surfaces as a <see cref="DbUpdateException"/>, as from <c>SaveChanges</c>.
/// </summary>
internal sealed class RosterWriter(ApplicationDbContext db, IUnitOfWork unitOfWork) : IRosterWriter
{
    public async Task AddAsync(Roster roster, IReadOnlyCollection<OutboxMail> notifications, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            db.Rosters.Add(roster);
            await db.SaveChangesAsync(cancellationToken);
            await BulkInsert.InsertAsync(db, roster.Entries, cancellationToken);
            await BulkInsert.InsertAsync(db, notifications, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("The roster could not be saved.", exception);
        }
    }
}
