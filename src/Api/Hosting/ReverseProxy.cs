using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Volunteers.Api.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the per-address limits would count all
/// clients as one. <c>Proxy:KnownProxies</c> names the proxies whose <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>
/// are believed; from anyone else those headers are ignored (a client could otherwise pick its own address).
/// </summary>
internal static class ReverseProxy
{
    public const string KnownProxiesKey = "Proxy:KnownProxies";

    public static IReadOnlyList<string> KnownProxies(IConfiguration configuration) =>
        configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];

    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured addresses: not the framework's default of loopback, not any network.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in KnownProxies(configuration))
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }
        });

    /// <summary>Takes the client address and scheme from the known proxies' headers; nothing when none is configured.</summary>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app, IConfiguration configuration) =>
        KnownProxies(configuration).Count == 0 ? app : app.UseForwardedHeaders();
}
