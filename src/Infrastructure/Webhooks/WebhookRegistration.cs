using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Webhooks;

namespace Volunteers.Infrastructure.Webhooks;

public static class WebhookRegistration
{
    /// <summary>The outbox, the dispatcher (also as a background service) and its HTTP client.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName));
        services.AddScoped<IOutbox, EfOutbox>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDispatcherService>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName, (sp, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(Math.Max(1, sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds));
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Volunteers-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var allowLoopback = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowLoopback;
                return new SocketsHttpHandler
                {
                    // A redirect could lead inside our network; receivers must answer at the URL they gave.
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    UseProxy = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, cancellationToken) => ConnectToAllowedAddressAsync(context, allowLoopback, cancellationToken),
                };
            });
        return services;
    }

    /// <summary>
    /// Connects only to addresses <see cref="WebhookUrlRules.IsAllowedAddress"/> accepts, checked after name resolution,
    /// so that a public name resolving to a private address (or re-pointed after subscribing) is refused.
    /// </summary>
    private static async ValueTask<Stream> ConnectToAllowedAddressAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => WebhookUrlRules.IsAllowedAddress(a, allowLoopback)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"'{host}' resolves to no public address; webhooks are not sent to private or loopback addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
