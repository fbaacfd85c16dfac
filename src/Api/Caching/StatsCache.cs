using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Volunteers.Application.Statistics.GetStats;

namespace Volunteers.Api.Caching;

/// <summary>
/// Keeps the public figures for <see cref="Lifetime"/> (by <see cref="TimeProvider"/>, counted from the moment they were
/// read), so that a busy public site costs the database one set of aggregate queries per ten seconds per instance.
/// The figures are refreshed in the background during the last <see cref="RefreshAhead"/> of their life, so readers are
/// not held up when they expire; only when there are no fresh figures at all (the first request, or after a quiet
/// spell) does a reader wait, and concurrent readers then wait for the same computation.
/// </summary>
internal sealed partial class StatsCache(TimeProvider clock, IServiceScopeFactory scopes, IOptions<JsonOptions> json, ILogger<StatsCache> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private volatile Snapshot? _current;
    private Task<Snapshot>? _refreshing;

    /// <summary>The figures as JSON (serialised once, not per request), their <c>ETag</c> and until when they may be served.</summary>
    public sealed record Snapshot(byte[] Json, string ETag, DateTimeOffset ExpiresAt);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_current is { } current && current.ExpiresAt > now)
        {
            if (current.ExpiresAt - now <= RefreshAhead)
            {
                _ = RefreshInBackgroundAsync();
            }

            return current;
        }

        var refreshed = await Refresh().WaitAsync(cancellationToken);
        if (refreshed.ExpiresAt <= clock.GetUtcNow())
        {
            // The computation joined had begun too long ago (a background refresh that outlived its figures): read again.
            refreshed = await Refresh().WaitAsync(cancellationToken);
        }

        return refreshed;
    }

    /// <summary>
    /// The computation under way, or a new one on a thread of its own (never on the caller's request). Not on the thread
    /// pool: SQLite runs the aggregates synchronously even behind async calls, and tying up a pool thread for the whole
    /// computation stalled the requests queued behind it (~100 ms at each refresh on 2 cores).
    /// </summary>
    private Task<Snapshot> Refresh()
    {
        lock (_gate)
        {
            return _refreshing ??= Task.Factory.StartNew(ComputeAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task<Snapshot> ComputeAsync()
    {
        try
        {
            var readAt = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var stats = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetStatsQuery(), CancellationToken.None);
            var body = JsonSerializer.SerializeToUtf8Bytes(stats, json.Value.SerializerOptions);
            var snapshot = new Snapshot(body, $"\"{Convert.ToHexString(SHA256.HashData(body), 0, 8)}\"", readAt + Lifetime);
            _current = snapshot;
            return snapshot;
        }
        finally
        {
            lock (_gate)
            {
                _refreshing = null;
            }
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await Refresh();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogRefreshFailed(logger, exception); // the current figures stay until they expire; the next reader retries
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the public statistics failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
