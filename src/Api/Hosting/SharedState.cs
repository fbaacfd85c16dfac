using System.Threading.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Volunteers.Api.Hosting;

/// <summary>
/// What several instances must share: with <c>ConnectionStrings:Redis</c> the output cache of public reads and the
/// rate-limit counters live in Redis, so every instance serves the same answers (and a write through any of them evicts
/// them everywhere) and a limit counts the requests made to all of them. Without it both stay in this process, which is
/// right for a single instance. (Nothing else is kept per process that others must see: the API issues no cookies or
/// other data-protected payloads, idempotency keys and the outbox live in the database, and the public stats are
/// recomputed every ten seconds by each instance.)
/// </summary>
internal sealed class SharedState : IDisposable
{
    public const string ConnectionStringName = "Redis";

    /// <summary>Prefix of every key this API writes, so it can share a Redis server with other applications.</summary>
    public const string KeyPrefix = "volunteers:";

    private readonly Lazy<ConnectionMultiplexer>? _redis;

    private SharedState(string? redisConfiguration)
    {
        if (!string.IsNullOrWhiteSpace(redisConfiguration))
        {
            var options = ConfigurationOptions.Parse(redisConfiguration);
            // An instance starts (and reports not ready) while Redis is down, and reconnects when it is back.
            options.AbortOnConnectFail = false;
            // While Redis is down a command fails at once instead of waiting in a backlog for the reconnection, so a
            // request is not held for seconds and readiness reports the outage right away.
            options.BacklogPolicy = BacklogPolicy.FailFast;
            _redis = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        }
    }

    public bool IsShared => _redis is not null;

    private ConnectionMultiplexer Redis => _redis?.Value ?? throw new InvalidOperationException("ConnectionStrings:Redis is not configured.");

    /// <summary>Registers the output cache (in Redis or in memory) and, with Redis, its readiness check.</summary>
    public static SharedState Add(IServiceCollection services, IConfiguration configuration)
    {
        var state = new SharedState(configuration.GetConnectionString(ConnectionStringName));
        services.AddSingleton(_ => state); // built by a factory, so the container disposes the connection at shutdown
        services.AddOutputCache();
        if (state.IsShared)
        {
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.InstanceName = KeyPrefix;
                o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(state.Redis);
            });
        }

        return state;
    }

    /// <summary>A fixed-window limiter partition, counted in Redis when the state is shared.</summary>
    public RateLimitPartition<string> FixedWindow(string policy, string key, int permitLimit, TimeSpan window) =>
        IsShared
            ? RedisRateLimitPartition.GetFixedWindowRateLimiter($"{KeyPrefix}{policy}:{key}", _ => new RedisFixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                ConnectionMultiplexerFactory = () => Redis,
            })
            : RateLimitPartition.GetFixedWindowLimiter($"{policy}:{key}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    /// <summary>Ready needs Redis too when the instances share it: without it the cache and the limits do not work.</summary>
    public async Task<HealthCheckResult> CheckAsync()
    {
        if (!IsShared)
        {
            return HealthCheckResult.Healthy("Redis is not configured; cache and rate limits are in-process.");
        }

        try
        {
            var latency = await Redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", e);
        }
    }

    public void Dispose()
    {
        if (_redis is { IsValueCreated: true })
        {
            _redis.Value.Dispose();
        }
    }
}

/// <summary><c>/health/ready</c>'s Redis entry (registered only when <c>ConnectionStrings:Redis</c> is set).</summary>
internal sealed class RedisHealthCheck(SharedState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) => state.CheckAsync();
}
