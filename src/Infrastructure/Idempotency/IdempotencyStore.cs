using Microsoft.EntityFrameworkCore;
using Volunteers.Domain.Idempotency;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Idempotency;

/// <summary>
/// Idempotency records on the request's own <see cref="ApplicationDbContext"/>: a request with a key reserves its record
/// inside the transaction that also holds its change, and completes it there with the answer, so the change and its
/// answer commit together or not at all. A record that is not completed is never committed by this design (only by the
/// earlier one, which kept it outside the transaction); such a leftover counts as absent.
/// </summary>
public sealed class IdempotencyStore(ApplicationDbContext db, TimeProvider clock)
{
    /// <summary>The answered request with this key, if one was committed and has not expired.</summary>
    public Task<IdempotencyRecord?> FindAnsweredAsync(string scope, string key, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - IdempotencyRecord.Retention;
        return db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key && r.IsCompleted && r.CreatedAt >= cutoff, cancellationToken);
    }

    /// <summary>
    /// Inserts the key's record inside the open transaction, replacing an expired or unanswered leftover. A concurrent
    /// request with the same key holds the unique index until it commits (then this returns <c>null</c>: the caller
    /// rolls back and replays its answer) or rolls back (then this one goes ahead).
    /// </summary>
    public async Task<IdempotencyRecord?> TryReserveAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = now - IdempotencyRecord.Retention;
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key && (!r.IsCompleted || r.CreatedAt < cutoff))
            .ExecuteDeleteAsync(cancellationToken);
        var record = IdempotencyRecord.Begin(scope, key, requestHash, now);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return record;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return null;
        }
        finally
        {
            // The endpoint's use case starts with an empty change tracker, as without a key.
            db.Entry(record).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Writes the answer into the reserved record, in the same transaction as the change. An UPDATE of its columns
    /// rather than <c>SaveChanges</c>, which would also save whatever the use case left tracked.
    /// </summary>
    public Task CompleteAsync(IdempotencyRecord record, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken)
    {
        record.Complete(statusCode, contentType, location, body);
        return db.IdempotencyRecords.Where(r => r.Scope == record.Scope && r.Key == record.Key)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.IsCompleted, record.IsCompleted)
                .SetProperty(r => r.StatusCode, record.StatusCode)
                .SetProperty(r => r.ContentType, record.ContentType)
                .SetProperty(r => r.Location, record.Location)
                .SetProperty(r => r.Body, record.Body), cancellationToken);
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - IdempotencyRecord.Retention;
        return db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
