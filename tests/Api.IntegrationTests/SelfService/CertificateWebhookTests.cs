using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;
using Volunteers.Api.IntegrationTests.Webhooks;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.IntegrationTests.SelfService;

/// <summary><c>certificate.issued</c>: heard by partners with <c>certificates:read</c>, carrying ids, the period and the total only.</summary>
public sealed class CertificateWebhookTests(TestDatabase database) : WebhookTest(database)
{
    [Test]
    public async Task IssuingACertificate_SendsCertificateIssued_WithIdsPeriodAndTotal_AndNoNames()
    {
        using var admin = await AdminAsync();
        using var university = await Factory.RegisterAsync(admin, "University", PartnerScopes.CertificatesRead);
        var (_, secret) = await SubscribeAsync(university.Client, "certificate.issued");
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14));
        await SignedUpAsync(coordinator, shiftId, volunteerId);
        await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/check-in", new { at = Clock.GetUtcNow().AddHours(-3) });
        await coordinator.PostAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/check-out", null);
        var response = await coordinator.PostJsonAsync($"/api/v1/volunteers/{volunteerId}/certificates", new { });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var issued = await response.ReadJsonAsync();

        await Dispatcher.RunOnceAsync(CancellationToken.None);

        var received = Receiver.Received.Single(r => r.Header("X-Volunteers-Event") == "certificate.issued");
        Assert.That(IsSignedWith(received, secret), Is.True);
        var data = JsonNode.Parse(received.Body)!["data"]!;
        Assert.Multiple(() =>
        {
            Assert.That(data.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "certificateId", "code", "volunteerId", "from", "to", "totalHours", "issuedAt" }));
            Assert.That(data["code"]!.GetValue<string>(), Is.EqualTo(issued["code"]!.GetValue<string>()));
            Assert.That(data["volunteerId"]!.GetValue<Guid>(), Is.EqualTo(volunteerId));
            Assert.That(data["totalHours"]!.GetValue<double>(), Is.EqualTo(3));
            Assert.That(data["from"]!.GetValue<string>(), Is.EqualTo(issued["from"]!.GetValue<string>()));
            Assert.That(received.Body, Does.Not.Contain("Айгерим").And.Not.Contain("Волонтёрова"));
        });
    }

    [Test]
    public async Task APartnerWithoutCertificatesRead_CannotSubscribeToCertificateIssued()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", PartnerScopes.StatsRead);

        var response = await portal.Client.PostJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events = new[] { "certificate.issued" } });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
