using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.IntegrationTests.Webhooks;

/// <summary>
/// The whole partner story over HTTP: an admin registers a partner, the partner subscribes with its key to a receiver
/// on loopback, staff do their ordinary work through the API, and the receiver gets the domain events as signed
/// webhooks whose signature verifies the way docs/integrators.md tells partners to check it.
/// </summary>
public sealed class WebhookEndToEndTests(TestDatabase database) : WebhookTest(database)
{
    /// <summary>A partner registered by the admin through the API, subscribed with its own key; returns the subscription's secret.</summary>
    private async Task<string> PartnerSubscribedAsync(string @event, params string[] scopes)
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", scopes);
        return (await SubscribeAsync(partner.Client, @event)).Secret;
    }

    /// <summary>Runs the dispatcher as the background service would, and returns the single delivery's verified body.</summary>
    private async Task<JsonNode> DeliveredEventAsync(string secret, string type)
    {
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var received = Receiver.Received.Single(r => r.Header("X-Volunteers-Event") == type);
        Assert.That(IsSignedWith(received, secret), Is.True,
            "the signature verifies with the subscription's secret");
        var body = JsonNode.Parse(received.Body)!;
        Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo(type));
        Assert.That(body["occurredAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
        return body["data"]!;
    }

    private static IEnumerable<string> Keys(JsonNode data) => data.AsObject().Select(p => p.Key);

    [Test]
    public async Task PublishingACampaign_OverHttp_SendsASignedCampaignPublished_WithItsPublicFacts()
    {
        var secret = await PartnerSubscribedAsync("campaign.published", PartnerScopes.CampaignsRead);
        using var coordinator = await CoordinatorAsync();
        var campaign = await CreateCampaignAsync(coordinator);
        var campaignId = IdOf(campaign);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.That(Receiver.Received, Is.Empty, "a draft is nobody's business yet");

        await TransitionAsync(coordinator, campaignId, "publish");
        var data = await DeliveredEventAsync(secret, "campaign.published");

        Assert.Multiple(() =>
        {
            Assert.That(data["campaignId"]!.GetValue<Guid>(), Is.EqualTo(campaignId));
            Assert.That(data["title"]!["kk"]!.GetValue<string>(), Is.EqualTo("Қамқорлық мекенжайы"));
            Assert.That(data["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
            Assert.That(data["title"]!["en"]!.GetValue<string>(), Is.EqualTo("Address of Care"));
            Assert.That(data["directionId"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(data["kind"]!.GetValue<string>(), Is.EqualTo("Regular"));
            Assert.That(data["district"]!.GetValue<string>(), Is.EqualTo("Yesil"));
            Assert.That(data["location"]!.GetValue<string>(), Is.EqualTo("Astana"));
            Assert.That(data["startsOn"]!.GetValue<string>(), Is.EqualTo(campaign["startsOn"]!.GetValue<string>()));
            Assert.That(data["endsOn"]!.GetValue<string>(), Is.EqualTo(campaign["endsOn"]!.GetValue<string>()));
            Assert.That(data["publishedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
        });
    }

    [Test]
    public async Task ApprovingAnApplication_OverHttp_SendsASignedApplicationApproved_WithIdsAndNoPersonalData()
    {
        var secret = await PartnerSubscribedAsync("application.approved", PartnerScopes.StatsRead); // needs no particular scope
        var form = ApplicationBuilder.AnApplication().WithDirections(1, 2).Build(HqToday);
        var submitted = await Anonymous.PostJsonAsync("/api/v1/applications", form);
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await submitted.Content.ReadAsStringAsync());
        var applicationId = IdOf(await submitted.ReadJsonAsync());
        using var coordinator = await CoordinatorAsync();
        var approved = await coordinator.PostAsync($"/api/v1/applications/{applicationId}/approve", null);
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approved.Content.ReadAsStringAsync());
        var volunteerId = (await approved.ReadJsonAsync())["volunteerId"]!.GetValue<Guid>();

        var data = await DeliveredEventAsync(secret, "application.approved");

        Assert.That(Keys(data), Is.EquivalentTo(new[] { "applicationId", "volunteerId", "directionIds", "approvedAt" }), "ids and facts, nothing personal");
        Assert.That(data["applicationId"]!.GetValue<Guid>(), Is.EqualTo(applicationId));
        Assert.That(data["volunteerId"]!.GetValue<Guid>(), Is.EqualTo(volunteerId));
        Assert.That(data["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(data["approvedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
        var text = data.ToJsonString();
        foreach (var personal in new[] { "iin", "email", "phone", "dateOfBirth", "firstName", "lastName" })
        {
            Assert.That(text, Does.Not.Contain(form[personal]!.ToString()!), personal);
        }
    }

    [Test]
    public async Task CompletingAHelpRequest_OverHttp_SendsASignedHelpRequestCompleted_WithoutTheBeneficiary()
    {
        var secret = await PartnerSubscribedAsync("help-request.completed", PartnerScopes.HelpRequestsRead);
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var created = await coordinator.PostJsonAsync("/api/v1/help-requests", HelpRequestBody(b => b["kind"] = "MedicineDelivery"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var requestId = IdOf(await created.ReadJsonAsync());
        Assert.That((await coordinator.PostJsonAsync($"/api/v1/help-requests/{requestId}/assign", new { shiftId })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await coordinator.PostAsync($"/api/v1/help-requests/{requestId}/complete", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var data = await DeliveredEventAsync(secret, "help-request.completed");

        Assert.That(Keys(data), Is.EquivalentTo(new[] { "helpRequestId", "kind", "shiftId", "completedAt" }));
        Assert.That(data["helpRequestId"]!.GetValue<Guid>(), Is.EqualTo(requestId));
        Assert.That(data["kind"]!.GetValue<string>(), Is.EqualTo("MedicineDelivery"));
        Assert.That(data["shiftId"]!.GetValue<Guid>(), Is.EqualTo(shiftId));
        Assert.That(data["completedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
    }

    [Test]
    public async Task DrawingARoster_OverHttp_SendsASignedRosterCreated_WithIdsOnly()
    {
        var secret = await PartnerSubscribedAsync("mobilization.roster-created", PartnerScopes.MobilizationsRead);
        var volunteerId = (await VolunteerBuilder.AVolunteer().SaveAsync(Factory)).Id;
        using var coordinator = await CoordinatorAsync();
        var mobilizationId = await Mobilizations.MobilizationApi.CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        await Mobilizations.MobilizationApi.DrawOkAsync(coordinator, mobilizationId, HqToday);

        var data = await DeliveredEventAsync(secret, "mobilization.roster-created");

        Assert.That(Keys(data), Is.EquivalentTo(new[] { "mobilizationId", "rosterId", "date", "activeVolunteerIds", "reserveVolunteerIds", "respondBy" }));
        Assert.That(data["mobilizationId"]!.GetValue<Guid>(), Is.EqualTo(mobilizationId));
        Assert.That(data["activeVolunteerIds"]!.AsArray().Select(v => v!.GetValue<Guid>()), Is.EqualTo(new[] { volunteerId }));
    }

    [Test]
    public async Task CompletingACampaign_SendsCampaignCompleted_WithItsTitle()
    {
        var secret = await PartnerSubscribedAsync("campaign.completed", PartnerScopes.CampaignsRead);
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start", "complete");

        var data = await DeliveredEventAsync(secret, "campaign.completed");

        Assert.That(data["campaignId"]!.GetValue<Guid>(), Is.EqualTo(campaignId));
        Assert.That(data["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
        Assert.That(data["completedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
    }
}
