using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;
using Volunteers.Domain.Webhooks;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Webhooks;

namespace Volunteers.Api.IntegrationTests.Webhooks;

/// <summary>Events travel from the outbox to a real HTTP receiver on loopback, signed, retried, and once only.</summary>
public sealed class WebhookDeliveryTests(TestDatabase database) : WebhookTest(database)
{
    [Test]
    public async Task APartnersSubscription_ReceivesTheEvent_SignedWithItsSecret()
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        var (subscriptionId, secret) = await SubscribeAsync(partner.Client, "campaign.published");
        var campaignId = Guid.NewGuid();
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId, title = "Адрес заботы" });
        await PublishAsync(WebhookEventTypes.CampaignCompleted, new { campaignId });

        var pass = await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(pass, Is.EqualTo(new WebhookDispatchResult(Events: 2, Attempted: 1, Succeeded: 1)));
        var received = Receiver.Received.Single();
        Assert.That(IsSignedWith(received, secret), Is.True);
        Assert.That(SignatureVerifier.IsValid(received.Header("X-Volunteers-Signature"), received.Body, "whsec_other", Clock.GetUtcNow(), Tolerance), Is.False);
        Assert.That(SignatureVerifier.IsValid(received.Header("X-Volunteers-Signature"), received.Body, secret, Clock.GetUtcNow().AddMinutes(6), Tolerance), Is.False,
            "an old signature is refused, so a captured request cannot be replayed later");
        Assert.That(received.Header("X-Volunteers-Signature"), Does.StartWith($"t={Clock.GetUtcNow().ToUnixTimeSeconds()},v1="));
        Assert.That(received.Header("Content-Type"), Does.StartWith("application/json"));
        Assert.That(received.Header("X-Volunteers-Event"), Is.EqualTo("campaign.published"));

        var body = JsonNode.Parse(received.Body)!;
        Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("campaign.published"));
        Assert.That(body["occurredAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
        Assert.That(body["data"]!["campaignId"]!.GetValue<Guid>(), Is.EqualTo(campaignId));
        Assert.That(body["data"]!["title"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));

        var deliveries = await (await partner.Client.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries")).ReadJsonAsync();
        var delivery = deliveries["items"]!.AsArray().Single()!;
        Assert.That(delivery["eventId"]!.GetValue<Guid>(), Is.EqualTo(body["id"]!.GetValue<Guid>()));
        Assert.That(delivery["id"]!.GetValue<string>(), Is.EqualTo(received.Header("X-Volunteers-Delivery")));
        Assert.That(delivery["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"));
        Assert.That(delivery["attempts"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(delivery["lastStatusCode"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(delivery["deliveredAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));

        Assert.That(await Dispatcher.RunOnceAsync(CancellationToken.None), Is.EqualTo(new WebhookDispatchResult(0, 0, 0)), "nothing is sent twice");
        Assert.That(Receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AFailingReceiver_IsRetriedAfterTheBackoff_WithTheSameBody()
    {
        using var admin = await AdminAsync();
        var (subscriptionId, secret) = await SubscribeAsync(admin, "campaign.published");
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
        Receiver.RespondWith(500);

        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var failed = await SingleDeliveryAsync(admin, subscriptionId);
        Assert.That(failed["status"]!.GetValue<string>(), Is.EqualTo("Pending"));
        Assert.That(failed["attempts"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(failed["lastStatusCode"]!.GetValue<int>(), Is.EqualTo(500));
        Assert.That(failed["lastError"]!.GetValue<string>(), Does.Contain("500"));
        Assert.That(failed["nextAttemptAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow().AddSeconds(30)));

        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.That(Receiver.Received, Has.Count.EqualTo(1), "not before the backoff has passed");

        Clock.Advance(TimeSpan.FromSeconds(31));
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(Receiver.Received, Has.Count.EqualTo(2));
        var (first, second) = (Receiver.Received[0], Receiver.Received[1]);
        Assert.That(second.Body, Is.EqualTo(first.Body), "the same event, byte for byte");
        Assert.That(IsSignedWith(second, secret), Is.True);
        Assert.That(second.Header("X-Volunteers-Signature"), Is.Not.EqualTo(first.Header("X-Volunteers-Signature")), "signed afresh with the time of sending");
        var delivered = await SingleDeliveryAsync(admin, subscriptionId);
        Assert.That(delivered["status"]!.GetValue<string>(), Is.EqualTo("Succeeded"));
        Assert.That(delivered["attempts"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(delivered["lastError"], Is.Null);
    }

    [Test]
    public async Task AReceiverThatKeepsFailing_IsRetriedForADay_ThenTheDeliveryFails()
    {
        using var admin = await AdminAsync();
        var (subscriptionId, _) = await SubscribeAsync(admin, "campaign.published");
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
        Receiver.DefaultStatus = 503;
        var start = Clock.GetUtcNow();

        await Dispatcher.RunOnceAsync(CancellationToken.None);
        for (var pass = 0; pass < 40 && (await StoredDeliveryAsync(subscriptionId)).Status == WebhookDeliveryStatus.Pending; pass++)
        {
            Clock.Advance(WebhookDelivery.MaxRetryDelay);
            await Dispatcher.RunOnceAsync(CancellationToken.None);
        }

        var delivery = await StoredDeliveryAsync(subscriptionId);
        Assert.That(delivery.Status, Is.EqualTo(WebhookDeliveryStatus.Failed));
        Assert.That(delivery.LastAttemptAt!.Value - start, Is.GreaterThanOrEqualTo(TimeSpan.FromHours(24)));
        Assert.That(delivery.Attempts, Is.EqualTo(Receiver.Received.Count).And.GreaterThan(5));
        Assert.That(delivery.LastStatusCode, Is.EqualTo(503));

        Clock.Advance(TimeSpan.FromDays(1));
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.That(Receiver.Received, Has.Count.EqualTo(delivery.Attempts), "a failed delivery is not tried again");
    }

    [Test]
    public async Task TwoDispatchersRacing_DeliverEachEventExactlyOnce()
    {
        using var admin = await AdminAsync();
        var (subscriptionId, _) = await SubscribeAsync(admin, "campaign.published");
        const int events = 30;
        for (var i = 0; i < events; i++)
        {
            await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid(), number = i });
        }

        Receiver.Delay = TimeSpan.FromMilliseconds(20);
        var first = Dispatcher;
        var second = ActivatorUtilities.CreateInstance<WebhookDispatcher>(Factory.Services); // another instance, as on another server
        await Task.WhenAll(
            Task.Run(() => first.RunOnceAsync(CancellationToken.None)),
            Task.Run(() => second.RunOnceAsync(CancellationToken.None)),
            Task.Run(() => first.RunOnceAsync(CancellationToken.None)),
            Task.Run(() => second.RunOnceAsync(CancellationToken.None)));
        while ((await Task.WhenAll(first.RunOnceAsync(CancellationToken.None), second.RunOnceAsync(CancellationToken.None))).Any(p => p.Attempted > 0))
        {
        }

        var ids = Receiver.Received.Select(r => JsonNode.Parse(r.Body)!["id"]!.GetValue<Guid>()).ToList();
        Assert.That(ids, Has.Count.EqualTo(events));
        Assert.That(ids, Is.Unique);
        await using var scope = Factory.Services.CreateAsyncScope();
        var deliveries = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().WebhookDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscriptionId).ToListAsync();
        Assert.That(deliveries, Has.Count.EqualTo(events));
        Assert.That(deliveries.All(d => d is { Status: WebhookDeliveryStatus.Succeeded, Attempts: 1, LeaseOwner: null }), Is.True);
    }

    [Test]
    public async Task ADeliveryLeasedByAnotherInstance_IsLeftAlone_UntilTheLeaseRunsOut()
    {
        using var admin = await AdminAsync();
        await SubscribeAsync(admin, "campaign.published");
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.That(Receiver.Received, Has.Count.EqualTo(1));
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
        Receiver.RespondWith(200);

        // Another instance fanned the event out and claimed its delivery, then died before sending it.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var message = await db.OutboxMessages.SingleAsync(m => m.DispatchedAt == null);
            var subscription = await db.WebhookSubscriptions.SingleAsync();
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(m => m.SetProperty(x => x.DispatchedAt, Clock.GetUtcNow()));
            db.WebhookDeliveries.Add(WebhookDelivery.Schedule(subscription.Id, message.Id, message.Type, Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            await db.WebhookDeliveries.Where(d => d.EventId == message.Id).ExecuteUpdateAsync(d => d
                .SetProperty(x => x.LeaseOwner, "crashed-instance")
                .SetProperty(x => x.LeaseUntil, Clock.GetUtcNow().AddMinutes(2)));
        }

        Assert.That((await Dispatcher.RunOnceAsync(CancellationToken.None)).Attempted, Is.Zero);
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That((await Dispatcher.RunOnceAsync(CancellationToken.None)).Succeeded, Is.EqualTo(1));
        Assert.That(Receiver.Received, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task DeletingASubscription_CancelsItsPendingDeliveries()
    {
        using var admin = await AdminAsync();
        var (subscriptionId, _) = await SubscribeAsync(admin, "campaign.published");
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
        Receiver.RespondWith(500);
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That((await admin.DeleteAsync($"/api/v1/webhooks/{subscriptionId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Clock.Advance(TimeSpan.FromHours(1));
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(Receiver.Received, Has.Count.EqualTo(1));
        await using var scope = Factory.Services.CreateAsyncScope();
        var statuses = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().WebhookDeliveries.Select(d => d.Status).ToListAsync();
        Assert.That(statuses, Is.EqualTo(new[] { WebhookDeliveryStatus.Cancelled }));
    }

    [Test]
    public async Task EventsGoOnlyToSubscriptionsThatWantThemAndExistedWhenTheyHappened()
    {
        using var admin = await AdminAsync();
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid(), before = true });
        Clock.Advance(TimeSpan.FromSeconds(1));
        var (published, _) = await SubscribeAsync(admin, "campaign.published");
        var (completed, _) = await SubscribeAsync(admin, "campaign.completed");
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid(), before = false });

        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(Receiver.Received.Select(r => JsonNode.Parse(r.Body)!["data"]!["before"]!.GetValue<bool>()), Is.EqualTo(new[] { false }));
        Assert.That((await (await admin.GetAsync($"/api/v1/webhooks/{published}/deliveries")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await (await admin.GetAsync($"/api/v1/webhooks/{completed}/deliveries")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.Zero);
        Assert.That((await (await admin.GetAsync($"/api/v1/webhooks/{published}/deliveries?status=Failed")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Purge_ForgetsFinishedDeliveriesAfterTheRetention_ButKeepsPendingOnes()
    {
        using var admin = await AdminAsync();
        await SubscribeAsync(admin, "campaign.published");
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid(), delivered = true });
        await PublishAsync(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid(), delivered = false });
        Receiver.RespondWith(200, 500);
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Clock.Advance(TimeSpan.FromDays(29));
        Assert.That(await Dispatcher.PurgeAsync(CancellationToken.None), Is.Zero);
        Clock.Advance(TimeSpan.FromDays(2));
        Assert.That(await Dispatcher.PurgeAsync(CancellationToken.None), Is.EqualTo(2), "the delivered delivery and its event");

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.That(await db.WebhookDeliveries.Select(d => d.Status).ToListAsync(), Is.EqualTo(new[] { WebhookDeliveryStatus.Pending }));
        Assert.That(await db.OutboxMessages.CountAsync(), Is.EqualTo(1));
    }

    private async Task<WebhookDelivery> StoredDeliveryAsync(Guid subscriptionId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().WebhookDeliveries.AsNoTracking().SingleAsync(d => d.SubscriptionId == subscriptionId);
    }

    private static async Task<JsonNode> SingleDeliveryAsync(HttpClient client, Guid subscriptionId) =>
        (await (await client.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries")).ReadJsonAsync())["items"]!.AsArray().Single()!;
}
