using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Volunteers.ImportVolunteers;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Volunteers;

/// <summary>
/// Writes imported volunteers and their direction rows with <see cref="BulkInsert"/> in one transaction: the rows are
/// exactly what <c>SaveChanges</c> would write (columns and conversions from the EF model), without tracking 27,000
/// entities and sending a statement for each. An imported volunteer raises no domain event, so no handler is skipped.
/// </summary>
internal sealed class VolunteerImportWriter(ApplicationDbContext db, IUnitOfWork unitOfWork) : IVolunteerImportWriter
{
    public async Task AddAsync(IReadOnlyCollection<Volunteer> volunteers, CancellationToken cancellationToken)
    {
        if (volunteers.Count == 0)
        {
            return;
        }

        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            await BulkInsert.InsertAsync(db, volunteers, cancellationToken);
            await BulkInsert.InsertAsync(db, volunteers.SelectMany(v => v.Directions).ToList(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("The imported volunteers could not be saved.", exception);
        }
    }
}
