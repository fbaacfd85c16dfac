using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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
    /// <summary>
    /// SQLite's page cache for the import's transaction (KiB). The default 2 MB holds a sliver of the pages that 10,000
    /// new rows touch in the registry's dozen indexes, so SQLite spills dirty pages to the WAL mid-transaction and reads
    /// them back; 64 MB roughly halves the inserts' time at 300,000 volunteers. Pages are allocated only as needed, and
    /// the connection's own size comes back afterwards (connections are pooled).
    /// </summary>
    private const int SqliteImportCacheKibibytes = 65_536;

    public async Task AddAsync(IReadOnlyCollection<Volunteer> volunteers, CancellationToken cancellationToken)
    {
        if (volunteers.Count == 0)
        {
            return;
        }

        // Opened here, so that the connection outlives the transaction and gets its own cache size back before it returns to the pool.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var cacheSize = db.Database.IsSqlite() ? await SqliteCacheSizeAsync(null, cancellationToken) : null;
        try
        {
            if (cacheSize is not null)
            {
                await SqliteCacheSizeAsync(-SqliteImportCacheKibibytes, cancellationToken);
            }

            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            await BulkInsert.InsertAsync(db, volunteers, cancellationToken);
            await BulkInsert.InsertAsync(db, volunteers.SelectMany(v => v.Directions).ToList(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException exception)
        {
            throw new DbUpdateException("The imported volunteers could not be saved.", exception);
        }
        finally
        {
            if (cacheSize is not null)
            {
                await SqliteCacheSizeAsync(cacheSize, CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Sets this connection's <c>cache_size</c> when given one; answers the size in force.</summary>
    private async Task<long?> SqliteCacheSizeAsync(long? size, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (size is null)
        {
            command.CommandText = "PRAGMA cache_size";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        command.CommandText = "PRAGMA cache_size = " + size.Value.ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return size;
    }
}
