using Microsoft.AspNetCore.RateLimiting;
using Volunteers.Api.Hosting;

namespace Volunteers.Api.Limits;

/// <summary>
/// Limits the public application form per client address (a fixed window): <c>RateLimiting:PublicForm:PermitLimit</c>
/// requests per <c>RateLimiting:PublicForm:WindowSeconds</c>, counted across instances when they share Redis. The address is
/// the connection's, or the client's as a known proxy forwards it (see ReverseProxy). Beyond it the answer is a 429
/// problem with <c>Retry-After</c>.
/// </summary>
internal static class PublicFormRateLimiting
{
    public const string Policy = "public-form";
    public const int DefaultPermitLimit = 10;
    public const int DefaultWindowSeconds = 60;

    public static IServiceCollection AddPublicFormRateLimiting(this IServiceCollection services, IConfiguration configuration, SharedState state)
    {
        var section = configuration.GetSection("RateLimiting:PublicForm");
        var permitLimit = section.GetValue("PermitLimit", DefaultPermitLimit);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", DefaultWindowSeconds));
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
                state.FixedWindow(Policy, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", permitLimit, window));
            // The 429 problem is written by the one rejection handler of PartnerRateLimiting.
        });
    }
}
