using System.Threading.RateLimiting;
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
            // The 429 problem is written by the one rejection handler of PartnerRateLimiting.
        });
    }
}
