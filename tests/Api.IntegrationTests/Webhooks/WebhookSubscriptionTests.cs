using System.Net;
using System.Net.Http.Json;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;

namespace Volunteers.Api.IntegrationTests.Webhooks;

public sealed class WebhookSubscriptionTests(TestDatabase database) : ApiTest(database)
{
    private const string Url = "http://127.0.0.1:9/hooks";

    [Test]
    public async Task Partner_Subscribes_AndSeesOnlyItsOwnSubscriptions_WhileAdminSeesAll()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        using var clinic = await Factory.RegisterAsync(admin, "Polyclinic", "help-requests:read");

        var created = await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "campaign.published", "campaign.completed" } });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var subscription = await created.ReadJsonAsync();
        var id = subscription["id"]!.GetValue<string>();
        Assert.That(created.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/webhooks/{id}"));
        Assert.That(subscription["partnerId"]!.GetValue<Guid>(), Is.EqualTo(portal.Id));
        Assert.That(subscription["secret"]!.GetValue<string>(), Does.StartWith("whsec_").And.Length.GreaterThan(40));
        Assert.That(subscription["events"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EqualTo(new[] { "campaign.published", "campaign.completed" }));
        var hq = await (await admin.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "application.approved" } })).ReadJsonAsync();
        Assert.That(hq["partnerId"], Is.Null);

        var own = await (await portal.Client.GetAsync("/api/v1/webhooks")).ReadJsonAsync();
        Assert.That(own["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()), Is.EqualTo(new[] { id }));
        Assert.That(own.ToJsonString(), Does.Not.Contain("whsec_"), "the secret is shown only once");
        Assert.That((await (await clinic.Client.GetAsync("/api/v1/webhooks")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.Zero);
        Assert.That((await (await admin.GetAsync("/api/v1/webhooks")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That((await portal.Client.GetAsync($"/api/v1/webhooks/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await admin.GetAsync($"/api/v1/webhooks/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnotherPartnersSubscription_IsNotFound()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        using var clinic = await Factory.RegisterAsync(admin, "Polyclinic", "campaigns:read");
        var id = (await (await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "campaign.published" } })).ReadJsonAsync())["id"]!.GetValue<string>();

        await AssertProblemAsync(await clinic.Client.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await clinic.Client.GetAsync($"/api/v1/webhooks/{id}/deliveries"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await clinic.Client.DeleteAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.NotFound);
        Assert.That((await portal.Client.GetAsync($"/api/v1/webhooks/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Partner_MaySubscribeOnlyToEventsItsScopesLetItRead()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");

        var refused = await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "campaign.published", "help-request.completed" } });
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.That((await refused.ReadJsonAsync())["detail"]!.GetValue<string>(), Does.Contain("help-requests:read"));
        await AssertProblemAsync(await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "mobilization.called-up" } }), HttpStatusCode.Forbidden);
        Assert.That((await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "application.approved" } })).StatusCode,
            Is.EqualTo(HttpStatusCode.Created), "application.approved carries ids only and needs no scope");
    }

    [TestCase("ftp://example.org/hooks")]
    [TestCase("http://example.org/hooks")]
    [TestCase("https://10.1.2.3/hooks")]
    [TestCase("https://192.168.0.10/hooks")]
    [TestCase("https://169.254.169.254/latest/meta-data")]
    [TestCase("https://user:pass@example.org/hooks")]
    [TestCase("/relative/hooks")]
    public async Task Subscribe_ToAUrlThatIsNotPublicHttps_Returns400(string url)
    {
        using var admin = await AdminAsync();
        var response = await admin.PostJsonAsync("/api/v1/webhooks", new { url, events = new[] { "campaign.published" } });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await response.ReadJsonAsync())["errors"]!["url"], Is.Not.Null);
    }

    [Test]
    public async Task Subscribe_ToUnknownOrNoEvents_Returns400()
    {
        using var admin = await AdminAsync();
        var unknown = await admin.PostJsonAsync("/api/v1/webhooks", new { url = "https://partner.example.org/hooks", events = new[] { "campaign.published", "volunteer.created" } });
        await AssertProblemAsync(unknown, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await unknown.ReadJsonAsync())["errors"]!["events[1]"]![0]!.GetValue<string>(), Does.Contain("volunteer.created").And.Contain("mobilization.roster-created"));
        await AssertProblemAsync(await admin.PostJsonAsync("/api/v1/webhooks", new { url = "https://partner.example.org/hooks", events = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        Assert.That((await admin.PostJsonAsync("/api/v1/webhooks", new { url = "https://partner.example.org/hooks", events = new[] { "campaign.published" } })).StatusCode,
            Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task WebhookRoutes_AreForAdminsAndPartners()
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "campaign.published" } }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/webhooks"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/webhooks"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Delete_RemovesTheSubscription_AndRevokingAPartnerRemovesAllOfItsSubscriptions()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        var first = (await (await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "campaign.published" } })).ReadJsonAsync())["id"]!.GetValue<string>();
        await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Url, events = new[] { "campaign.completed" } });

        Assert.That((await portal.Client.DeleteAsync($"/api/v1/webhooks/{first}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await AssertProblemAsync(await portal.Client.GetAsync($"/api/v1/webhooks/{first}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await portal.Client.DeleteAsync($"/api/v1/webhooks/{first}"), HttpStatusCode.NotFound);
        Assert.That((await (await admin.GetAsync("/api/v1/webhooks")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(1));

        await admin.PostAsync($"/api/v1/partners/{portal.Id}/revoke", null);
        Assert.That((await (await admin.GetAsync("/api/v1/webhooks")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Subscribe_IsIdempotent_PerCaller()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        using var clinic = await Factory.RegisterAsync(admin, "Polyclinic", "campaigns:read");
        async Task<HttpResponseMessage> SubscribeAsync(HttpClient client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/webhooks")
            {
                Content = JsonContent.Create(new { url = Url, events = new[] { "campaign.published" } }, options: Json.Options),
            };
            request.Headers.Add("Idempotency-Key", "subscribe-1");
            return await client.SendAsync(request);
        }

        var first = await (await SubscribeAsync(portal.Client)).ReadJsonAsync();
        var retry = await SubscribeAsync(portal.Client);
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        Assert.That((await retry.ReadJsonAsync())["secret"]!.GetValue<string>(), Is.EqualTo(first["secret"]!.GetValue<string>()));

        // The same key from another partner is another request: keys are scoped by the caller ("partner:<id>").
        var other = await SubscribeAsync(clinic.Client);
        Assert.That(other.Headers.Contains("Idempotent-Replayed"), Is.False);
        Assert.That((await other.ReadJsonAsync())["partnerId"]!.GetValue<Guid>(), Is.EqualTo(clinic.Id));
        Assert.That((await (await admin.GetAsync("/api/v1/webhooks")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
    }
}
