using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Domain.Idempotency;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Idempotency;

public enum IdempotencyClaim
{
    /// <summary>First time this key is seen: go ahead, then complete the record.</summary>
    Claimed,

    /// <summary>Seen before with the same body and answered: replay the stored answer.</summary>
    Replay,

    /// <summary>Seen before with another body (422).</summary>
    KeyReusedWithDifferentBody,

    /// <summary>The first request with this key is still running (409).</summary>
    InProgress,
}

/// <summary>
/// Stores idempotency records through its own DbContext (a fresh scope), so that claiming, completing or releasing a
/// key never saves — or is rolled back with — whatever the request's own use case tracked.
/// </summary>
public sealed class IdempotencyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<(IdempotencyClaim Claim, IdempotencyRecord? Existing)> ClaimAsync(string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        if (existing is not null && existing.CreatedAt + IdempotencyRecord.Retention < clock.GetUtcNow())
        {
            await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key).ExecuteDeleteAsync(cancellationToken);
            existing = null;
        }

        if (existing is null)
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.Begin(scope, key, requestHash, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (IdempotencyClaim.Claimed, null);
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                // Another request with the same key claimed it a moment ago.
                existing = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
            }
        }

        if (existing.RequestHash != requestHash)
        {
            return (IdempotencyClaim.KeyReusedWithDifferentBody, existing);
        }

        return existing.IsCompleted ? (IdempotencyClaim.Replay, existing) : (IdempotencyClaim.InProgress, existing);
    }

    public async Task CompleteAsync(string scope, string key, int statusCode, string? contentType, string? location, byte[] body, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var record = await db.IdempotencyRecords.SingleAsync(r => r.Scope == scope && r.Key == key, cancellationToken);
        record.Complete(statusCode, contentType, location, body);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The request failed: forget the key so that the client may retry with it.</summary>
    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.IdempotencyRecords.Where(r => r.Scope == scope && r.Key == key && !r.IsCompleted).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var cutoff = clock.GetUtcNow() - IdempotencyRecord.Retention;
        return await db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
