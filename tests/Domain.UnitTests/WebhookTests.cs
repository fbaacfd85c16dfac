using Volunteers.Domain.Common;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Domain.UnitTests;

public sealed class WebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    [TestCase(1, 30)]
    [TestCase(2, 60)]
    [TestCase(3, 120)]
    [TestCase(9, 7680)]
    [TestCase(10, 14400)]
    [TestCase(50, 14400)]
    public void RetryDelay_DoublesFrom30Seconds_UpTo4Hours(int failedAttempts, int seconds) =>
        Assert.That(WebhookDelivery.RetryDelay(failedAttempts), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void RecordFailure_SchedulesTheNextAttempt_AndReleasesTheLease()
    {
        var delivery = WebhookDelivery.Schedule(Guid.NewGuid(), Guid.NewGuid(), WebhookEventTypes.CampaignPublished, Now);
        delivery.RecordFailure(Now.AddSeconds(1), 500, "HTTP 500");
        delivery.RecordFailure(Now.AddMinutes(1), null, new string('x', 2000));
        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(WebhookDeliveryStatus.Pending));
            Assert.That(delivery.Attempts, Is.EqualTo(2));
            Assert.That(delivery.NextAttemptAt, Is.EqualTo(Now.AddMinutes(2)));
            Assert.That(delivery.LastStatusCode, Is.Null);
            Assert.That(delivery.LastError, Has.Length.EqualTo(WebhookDelivery.MaxErrorLength));
            Assert.That(delivery.LeaseOwner, Is.Null);
        });
    }

    [Test]
    public void RecordFailure_24HoursAfterTheEvent_GivesUp()
    {
        var delivery = WebhookDelivery.Schedule(Guid.NewGuid(), Guid.NewGuid(), WebhookEventTypes.CampaignPublished, Now);
        delivery.RecordFailure(Now.AddHours(24).AddSeconds(-1), 500, "HTTP 500");
        Assert.That(delivery.Status, Is.EqualTo(WebhookDeliveryStatus.Pending), "still within the day");
        delivery.RecordFailure(Now.AddHours(24), 500, "HTTP 500");
        Assert.That(delivery.Status, Is.EqualTo(WebhookDeliveryStatus.Failed));
        Assert.That(() => delivery.RecordSuccess(Now.AddHours(25), 200), Throws.TypeOf<DomainRuleViolationException>());
    }

    [Test]
    public void RecordSuccess_EndsTheDelivery_AndCancelLeavesItSo()
    {
        var delivery = WebhookDelivery.Schedule(Guid.NewGuid(), Guid.NewGuid(), WebhookEventTypes.CampaignPublished, Now);
        delivery.RecordSuccess(Now.AddSeconds(2), 204);
        delivery.Cancel();
        Assert.Multiple(() =>
        {
            Assert.That(delivery.Status, Is.EqualTo(WebhookDeliveryStatus.Succeeded));
            Assert.That(delivery.DeliveredAt, Is.EqualTo(Now.AddSeconds(2)));
            Assert.That(delivery.Attempts, Is.EqualTo(1));
        });
    }

    [Test]
    public void Subscription_WantsItsEvents_OnlyFromItsCreationOn_AndNotOnceDeleted()
    {
        var subscription = WebhookSubscription.Create(null, new Uri("https://partner.example.org/hooks"),
            [WebhookEventTypes.CampaignPublished, WebhookEventTypes.CampaignPublished], "whsec_x", Now);
        Assert.Multiple(() =>
        {
            Assert.That(subscription.Events, Is.EqualTo(new[] { WebhookEventTypes.CampaignPublished }));
            Assert.That(subscription.Wants(WebhookEventTypes.CampaignPublished, Now), Is.True);
            Assert.That(subscription.Wants(WebhookEventTypes.CampaignCompleted, Now), Is.False);
            Assert.That(subscription.Wants(WebhookEventTypes.CampaignPublished, Now.AddSeconds(-1)), Is.False);
        });
        subscription.Delete(Now);
        Assert.That(subscription.Wants(WebhookEventTypes.CampaignPublished, Now.AddSeconds(1)), Is.False);
        Assert.That(() => subscription.Delete(Now), Throws.TypeOf<DomainRuleViolationException>());
    }

    [Test]
    public void Subscription_WithoutEventsOrWithAnUnknownOne_IsRefused()
    {
        var url = new Uri("https://partner.example.org/hooks");
        Assert.That(() => WebhookSubscription.Create(null, url, [], "s", Now), Throws.TypeOf<DomainRuleViolationException>());
        Assert.That(() => WebhookSubscription.Create(null, url, ["volunteer.created"], "s", Now), Throws.TypeOf<DomainRuleViolationException>());
    }

    [TestCase("campaign.published", "campaigns:read")]
    [TestCase("campaign.completed", "campaigns:read")]
    [TestCase("help-request.completed", "help-requests:read")]
    [TestCase("mobilization.roster-created", "mobilizations:read")]
    [TestCase("mobilization.called-up", "mobilizations:read")]
    [TestCase("application.approved", null)]
    public void EachEvent_NeedsTheScopeThatReadsTheSameThing(string type, string? scope) =>
        Assert.That(WebhookEventTypes.RequiredScope(type), Is.EqualTo(scope));
}
