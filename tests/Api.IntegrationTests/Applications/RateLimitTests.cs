using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;

namespace Volunteers.Api.IntegrationTests.Applications;

/// <summary>The public form is limited per client address (RateLimiting:PublicForm:*).</summary>
public sealed class RateLimitTests(TestDatabase database) : RegistryApiTest(database)
{
    internal const string ClientHeader = "X-Test-Client-Address";

    [Test]
    public async Task PublicForm_BeyondThePermitLimit_Returns429WithRetryAfter_PerClientAddress()
    {
        using var limited = new VolunteersApiFactory(Database, new Dictionary<string, string?>
        {
            ["RateLimiting:PublicForm:PermitLimit"] = "2",
            ["RateLimiting:PublicForm:WindowSeconds"] = "120",
        });
        using var factory = limited.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));
        using var first = factory.CreateClient();
        first.DefaultRequestHeaders.Add(ClientHeader, "203.0.113.10");
        using var second = factory.CreateClient();
        second.DefaultRequestHeaders.Add(ClientHeader, "203.0.113.20");

        Assert.That((await ApplyAsync(AnApplication(), first)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await ApplyAsync(AnApplication().Without("iin"), first)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "invalid forms count too");
        var limitedResponse = await ApplyAsync(AnApplication(), first);

        await AssertProblemAsync(limitedResponse, HttpStatusCode.TooManyRequests, "/rate-limited");
        var retryAfter = int.Parse(limitedResponse.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(retryAfter, Is.InRange(1, 120));
        Assert.That((await ApplyAsync(AnApplication(), second)).StatusCode, Is.EqualTo(HttpStatusCode.Created), "another address has its own limit");
        Assert.That((await first.GetAsync("/api/v1/directions")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "only the public form is limited");
    }

    [Test]
    public async Task PublicForm_WithinTheConfiguredLimit_IsNotLimited()
    {
        for (var i = 0; i < 12; i++)
        {
            Assert.That((await ApplyAsync(AnApplication())).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }
    }

    /// <summary>Lets a test act as several clients: the test server has no real remote address.</summary>
    internal sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
