using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Volunteers.Api.Http;

/// <summary>
/// Limits the public application form per client address (a fixed window): <c>RateLimiting:PublicForm:PermitLimit</c>
/// requests per <c>RateLimiting:PublicForm:WindowSeconds</c>. Beyond it the answer is a 429 problem with <c>Retry-After</c>.
/// </summary>
internal static class PublicFormRateLimiting
{
    public const string Policy = "public-form";
    public const int DefaultPermitLimit = 10;
    public const int DefaultWindowSeconds = 60;

    public static IServiceCollection AddPublicFormRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting:PublicForm");
        var permitLimit = section.GetValue("PermitLimit", DefaultPermitLimit);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", DefaultWindowSeconds));
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 }));
            options.OnRejected = (context, _) => RejectAsync(context, window);
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, TimeSpan window)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.RateLimited,
                Title = "Too many requests",
                Detail = $"Too many applications from this address; retry in {seconds} seconds.",
            },
        });
    }
}
