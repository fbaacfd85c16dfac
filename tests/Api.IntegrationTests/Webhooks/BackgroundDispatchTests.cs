using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Api.IntegrationTests.Webhooks;

public sealed class BackgroundDispatchTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task TheBackgroundDispatcher_DeliversOnItsOwn_AtThePollingInterval()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?>
        {
            ["Webhooks:DispatcherEnabled"] = "true",
            ["Webhooks:PollingIntervalSeconds"] = "2",
        });
        using var admin = await factory.CreateAdminClientAsync();
        var (_, secret) = await WebhookTest.SubscribeAtAsync(admin, receiver.Url, "campaign.completed");
        await WebhookTest.PublishAsync(factory, WebhookEventTypes.CampaignCompleted, new { campaignId = Guid.NewGuid() });

        for (var tick = 0; tick < 100 && receiver.Received.Count == 0; tick++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        var received = receiver.Received.Single();
        Assert.That(SignatureVerifier.IsValid(received.Header("X-Volunteers-Signature"), received.Body, secret, factory.Clock.GetUtcNow(), WebhookTest.Tolerance), Is.True);
    }
}
