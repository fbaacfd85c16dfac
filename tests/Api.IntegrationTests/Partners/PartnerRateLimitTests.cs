using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Partners;

public sealed class PartnerRateLimitTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task PartnerCalls_AreLimitedPerKey_With429AndRetryAfter()
    {
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?>
        {
            ["RateLimiting:Partner:PermitLimit"] = "3",
            ["RateLimiting:Partner:WindowSeconds"] = "60",
        });
        using var admin = await factory.CreateAdminClientAsync();
        using var portal = await factory.RegisterAsync(admin, "City portal", "campaigns:read");
        using var clinic = await factory.RegisterAsync(admin, "Polyclinic", "help-requests:read");

        for (var i = 0; i < 3; i++)
        {
            Assert.That((await portal.Client.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var limited = await portal.Client.GetAsync("/api/v1/directions");
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "/rate-limited");
        Assert.That(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));

        Assert.That((await clinic.Client.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "another key has its own budget");
        for (var i = 0; i < 5; i++)
        {
            Assert.That((await admin.GetAsync("/api/v1/partners")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "accounts are not limited per key");
        }
    }
}
