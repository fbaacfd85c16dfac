using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Districts;
using Volunteers.Domain.School;

namespace Volunteers.Api.Caching;

/// <summary>The output-cache tags of the public reads; an endpoint caches under its tag, a write evicts it.</summary>
public static class PublicReadTags
{
    public const string Directions = "directions";
    public const string Districts = "districts";
    public const string TrainingStages = "training-stages";

    /// <summary>The public campaign list and single campaigns (published, running and completed ones).</summary>
    public const string Campaigns = "campaigns";

    public static readonly IReadOnlyList<string> All = [Directions, Districts, TrainingStages, Campaigns];

    /// <summary>Which cached reads show an entity of this type; a change to one evicts them at once.</summary>
    public static readonly IReadOnlyDictionary<Type, string[]> ByEntity = new Dictionary<Type, string[]>
    {
        [typeof(Direction)] = [Directions],
        [typeof(District)] = [Districts],
        [typeof(TrainingStage)] = [TrainingStages],
        [typeof(Campaign)] = [Campaigns],
    };
}

/// <summary>
/// Evicts the cached public reads that a save changed, right after the save commits, so that e.g. a newly published
/// campaign shows up at once. The eviction is awaited inside SaveChangesAsync, so it is done before the response is
/// sent; with <c>ConnectionStrings:Redis</c> the cache is shared, so this evicts the answers of every instance.
/// </summary>
public sealed partial class PublicReadCacheInvalidation(IOutputCacheStore cache, ILogger<PublicReadCacheInvalidation> logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var tags = context.ChangeTracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .SelectMany(e => PublicReadTags.ByEntity.GetValueOrDefault(e.Metadata.ClrType) ?? [])
                .ToHashSet();
            if (tags.Count > 0)
            {
                _pending.AddOrUpdate(context, tags);
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var tags))
        {
            _pending.Remove(context);
            foreach (var tag in tags)
            {
                try
                {
                    await cache.EvictByTagAsync(tag, CancellationToken.None);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The write is committed: failing its request now would make the client retry a change that was
                    // made. The shared cache is unreachable (readiness says so); its answers expire on their own.
                    LogEvictionFailed(logger, e, tag);
                }
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }

        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not evict the cached public reads tagged {Tag}; they are served until they expire")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception, string tag);
}
