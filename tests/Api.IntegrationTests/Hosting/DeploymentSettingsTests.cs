using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Hosting;

/// <summary>Settings an operator uses in production: a reverse proxy, Swagger off, Redis in readiness, OTLP failures logged.</summary>
public sealed class DeploymentSettingsTests(TestDatabase database) : ApiTest(database)
{
    private const string ProxyAddress = "10.0.0.5";

    [Test]
    public async Task KnownProxy_ForwardedClientAddresses_AreLimitedSeparately()
    {
        using var factory = Behind(knownProxy: ProxyAddress);
        using var client = factory.CreateClient();

        Assert.That(await FormAsync(client, "203.0.113.1"), Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await FormAsync(client, "203.0.113.1"), Is.EqualTo(HttpStatusCode.TooManyRequests), "the forwarded client's second form");
        Assert.That(await FormAsync(client, "203.0.113.2"), Is.EqualTo(HttpStatusCode.BadRequest), "another client behind the same proxy");
    }

    [Test]
    public async Task UnknownProxy_ForwardedHeadersAreIgnored()
    {
        using var factory = Behind(knownProxy: "10.0.0.99");
        using var client = factory.CreateClient();

        Assert.That(await FormAsync(client, "203.0.113.1"), Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await FormAsync(client, "203.0.113.2"), Is.EqualTo(HttpStatusCode.TooManyRequests), "a header from an unknown peer picks no address");
    }

    [Test]
    public async Task SwaggerDisabled_HidesTheUiAndTheDocument()
    {
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?> { ["Swagger:Enabled"] = "false" });
        using var client = factory.CreateClient();
        Assert.Multiple(async () =>
        {
            Assert.That((await client.GetAsync("/swagger/v1/swagger.json")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.GetAsync("/swagger/index.html")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.GetAsync("/api/v1/directions")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Ready_WithRedisConfiguredButDown_IsUnhealthy()
    {
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = $"127.0.0.1:{ClosedPort()},connectTimeout=500" });
        using var client = factory.CreateClient();
        var ready = await client.GetAsync("/health/ready");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task OtlpEndpointThatDoesNotAnswer_IsLoggedOnce()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{ClosedPort()}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        }, services => services.AddLogging(l => l.AddProvider(logs)));
        using var client = factory.CreateClient();

        static int Reports(CapturingLoggerProvider logs) => logs.Lines.Count(l => l.Contains("OTLP exporter cannot deliver", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Reports(logs) == 0 && DateTime.UtcNow < deadline)
        {
            await client.GetAsync("/api/v1/directions");
            await Task.Delay(200);
        }

        for (var i = 0; i < 5; i++)
        {
            await client.GetAsync("/api/v1/districts");
            await Task.Delay(300);
        }

        Assert.That(Reports(logs), Is.EqualTo(1), string.Join("\n", logs.Lines.Where(l => l.Contains("OTLP", StringComparison.OrdinalIgnoreCase))));
    }

    private static async Task<HttpStatusCode> FormAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = System.Net.Http.Json.JsonContent.Create(new { }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    /// <summary>An app whose every request arrives from <see cref="ProxyAddress"/>, as behind a proxy.</summary>
    private VolunteersApiFactory Behind(string knownProxy) =>
        new(Database, new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = knownProxy,
            ["RateLimiting:PublicForm:PermitLimit"] = "1",
            ["RateLimiting:PublicForm:WindowSeconds"] = "300",
        }, services => services.AddSingleton<IStartupFilter, RequestsFromProxy>());

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The test server has no peer address; this gives every request the proxy's.</summary>
    private sealed class RequestsFromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ProxyAddress);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
