using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Volunteers.Api.Hosting;
using Volunteers.Api.Problems;
using Volunteers.Api.Security;

namespace Volunteers.Api.Limits;

/// <summary>
/// Partner calls are rate limited per key (a fixed window per partner id; <c>RateLimiting:Partner:PermitLimit</c> calls
/// per <c>RateLimiting:Partner:WindowSeconds</c>, counted across instances when they share Redis). Other callers are not limited here. Over the limit: 429 problem with
/// <c>Retry-After</c>.
/// </summary>
internal static class PartnerRateLimiting
{
    public const int DefaultPermitLimit = 600;
    public const int DefaultWindowSeconds = 60;

    /// <summary>The metadata name under which RedisRateLimiting's leases carry the time until the window resets.</summary>
    private const string RedisRetryAfterMetadata = "RATELIMIT_RETRYAFTER";

    public static IServiceCollection AddPartnerRateLimiting(this IServiceCollection services, IConfiguration configuration, SharedState state)
    {
        var section = configuration.GetSection("RateLimiting:Partner");
        var permitLimit = section.GetValue<int?>("PermitLimit") ?? DefaultPermitLimit;
        var window = TimeSpan.FromSeconds(section.GetValue<int?>("WindowSeconds") ?? DefaultWindowSeconds);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.FindFirst(HttpCurrentUser.PartnerIdClaim)?.Value is { } partnerId
                    ? state.FixedWindow("partner", partnerId, permitLimit, window)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = WriteTooManyRequestsAsync;
        });
        return services;
    }

    /// <summary>When the window frees a permit: the in-process limiters and RedisRateLimiting name it differently.</summary>
    private static TimeSpan? RetryAfter(RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            return retryAfter;
        }

        return lease.TryGetMetadata(RedisRetryAfterMetadata, out var redis)
            ? redis switch
            {
                TimeSpan span => span,
                int seconds => TimeSpan.FromSeconds(seconds),
                long seconds => TimeSpan.FromSeconds(seconds),
                _ => null,
            }
            : null;
    }

    /// <summary>429 as a problem, with <c>Retry-After</c> in seconds when the limiter knows it.</summary>
    public static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (RetryAfter(rejected.Lease) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.RateLimited,
                Title = "Too many requests",
                Detail = "Too many requests in a short time; retry after the number of seconds in Retry-After.",
            },
        });
    }
}
