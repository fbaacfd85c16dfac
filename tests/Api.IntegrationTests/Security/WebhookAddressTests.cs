using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>Production rules (no loopback): IPv6 literals that carry a private or loopback IPv4 address are refused.</summary>
public sealed class WebhookAddressTests(TestDatabase database) : ApiTest(database)
{
    protected override VolunteersApiFactory CreateOwnFactory() =>
        new(Database, new Dictionary<string, string?> { ["Webhooks:AllowLoopback"] = "false" });

    [TestCase("https://[64:ff9b::7f00:1]/hooks")]
    [TestCase("https://[64:ff9b::a00:1]/hooks")]
    [TestCase("https://[64:ff9b::a9fe:a9fe]/latest")]
    [TestCase("https://[2002:7f00:1::]/hooks")]
    [TestCase("https://[2002:c0a8:101::1]/hooks")]
    [TestCase("https://[::ffff:7f00:1]/hooks")]
    public async Task Subscribing_ToAnIPv6LiteralCarryingAPrivateOrLoopbackIPv4_Returns400(string url)
    {
        using var admin = await AdminAsync();

        var response = await admin.PostJsonAsync("/api/v1/webhooks", new { url, events = new[] { "campaign.published" } });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Subscribing_ToAPublicNat64Address_IsAccepted()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostJsonAsync("/api/v1/webhooks", new { url = "https://[64:ff9b::5db8:d822]/hooks", events = new[] { "campaign.published" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }
}
