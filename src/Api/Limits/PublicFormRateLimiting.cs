using Microsoft.AspNetCore.RateLimiting;
using Volunteers.Api.Hosting;

namespace Volunteers.Api.Limits;

/// <summary>
/// Limits the anonymous routes per client address (a fixed window), counted across instances when they share Redis:
/// the public application form (<c>RateLimiting:PublicForm:PermitLimit</c> requests per
/// <c>RateLimiting:PublicForm:WindowSeconds</c>), and the attendance links (<c>RateLimiting:AttendanceLink:*</c>),
/// whose token is a bearer credential in a URL — so nobody can try tokens by the thousand. The address is the
/// connection's, or the client's as a known proxy forwards it (see ReverseProxy). Beyond it the answer is a 429 problem
/// with <c>Retry-After</c>.
/// </summary>
internal static class PublicFormRateLimiting
{
    public const string Policy = "public-form";
    public const int DefaultPermitLimit = 10;
    public const int DefaultWindowSeconds = 60;

    public const string AttendanceLinkPolicy = "attendance-link";
    public const int DefaultAttendanceLinkPermitLimit = 30;

    public static IServiceCollection AddPublicFormRateLimiting(this IServiceCollection services, IConfiguration configuration, SharedState state) =>
        services.AddRateLimiter(options =>
        {
            PerClientAddress(options, state, Policy, configuration.GetSection("RateLimiting:PublicForm"), DefaultPermitLimit);
            PerClientAddress(options, state, AttendanceLinkPolicy, configuration.GetSection("RateLimiting:AttendanceLink"), DefaultAttendanceLinkPermitLimit);
            // The 429 problem is written by the one rejection handler of PartnerRateLimiting.
        });

    private static void PerClientAddress(RateLimiterOptions options, SharedState state, string policy, IConfigurationSection section, int defaultPermitLimit)
    {
        var permitLimit = section.GetValue("PermitLimit", defaultPermitLimit);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", DefaultWindowSeconds));
        options.AddPolicy(policy, context =>
            state.FixedWindow(policy, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", permitLimit, window));
    }
}
