using Mediator;
using Volunteers.Application.Statistics;
using Volunteers.Application.Statistics.GetStats;

namespace Volunteers.Api.Http;

/// <summary>
/// Keeps the public figures for <see cref="Lifetime"/> (by <see cref="TimeProvider"/>), so that a busy public site costs
/// the database one set of aggregate queries per ten seconds per instance. Concurrent misses compute once.
/// </summary>
internal sealed class StatsCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<StatsDto> GetAsync(ISender sender, CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } computedMeanwhile)
            {
                return computedMeanwhile;
            }

            var stats = await sender.Send(new GetStatsQuery(), cancellationToken);
            _current = new Snapshot(stats, clock.GetUtcNow() + Lifetime);
            return stats;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private StatsDto? Fresh() => _current is { } current && current.ExpiresAt > clock.GetUtcNow() ? current.Stats : null;

    private sealed record Snapshot(StatsDto Stats, DateTimeOffset ExpiresAt);
}
