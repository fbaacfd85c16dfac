using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.UnitTests;

public sealed class CampaignTests
{
    internal static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    internal static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    internal static CampaignDetails Details(DateOnly? startsOn = null, DateOnly? endsOn = null, string title = "Адрес заботы") => new(
        new LocalizedText(title + " kk", title), new LocalizedText("kk", "ru"), 2, CampaignKind.Regular, "Yesil", null,
        startsOn ?? new DateOnly(2026, 3, 10), endsOn ?? new DateOnly(2026, 3, 20));

    /// <summary>A campaign brought to <paramref name="status"/> the only way the lifecycle allows.</summary>
    internal static Campaign In(CampaignStatus status)
    {
        var campaign = Campaign.Create(Details(), Now);
        switch (status)
        {
            case CampaignStatus.Published:
                campaign.Publish(Now);
                break;
            case CampaignStatus.InProgress:
                campaign.Publish(Now);
                campaign.Start(Now);
                break;
            case CampaignStatus.Completed:
                campaign.Publish(Now);
                campaign.Start(Now);
                campaign.Complete(Now);
                break;
            case CampaignStatus.Cancelled:
                campaign.Cancel(Now);
                break;
        }

        campaign.ClearDomainEvents();
        return campaign;
    }

    private static readonly Dictionary<string, (Action<Campaign> Act, CampaignStatus Target, CampaignStatus[] AllowedFrom)> Actions = new()
    {
        ["publish"] = (c => c.Publish(Now), CampaignStatus.Published, [CampaignStatus.Draft]),
        ["start"] = (c => c.Start(Now), CampaignStatus.InProgress, [CampaignStatus.Published]),
        ["complete"] = (c => c.Complete(Now), CampaignStatus.Completed, [CampaignStatus.InProgress]),
        ["cancel"] = (c => c.Cancel(Now), CampaignStatus.Cancelled, [CampaignStatus.Draft, CampaignStatus.Published, CampaignStatus.InProgress]),
    };

    private static IEnumerable<TestCaseData> EveryActionFromEveryStatus() =>
        from action in Actions.Keys
        from status in Enum.GetValues<CampaignStatus>()
        select new TestCaseData(action, status).SetName($"{action} from {status}");

    [TestCaseSource(nameof(EveryActionFromEveryStatus))]
    public void Transition_FollowsTheLifecycle(string action, CampaignStatus from)
    {
        var (act, target, allowedFrom) = Actions[action];
        var campaign = In(from);
        var version = campaign.Version;

        if (allowedFrom.Contains(from))
        {
            act(campaign);
            Assert.That(campaign.Status, Is.EqualTo(target));
            Assert.That(campaign.Version, Is.EqualTo(version + 1));
        }
        else
        {
            var error = Assert.Throws<DomainRuleViolationException>(() => act(campaign));
            Assert.That(error!.Rule, Is.EqualTo("campaign-invalid-transition"));
            Assert.That(campaign.Status, Is.EqualTo(from));
            Assert.That(campaign.Version, Is.EqualTo(version));
        }
    }

    [Test]
    public void Publish_AndComplete_RaiseTheirEvents()
    {
        var campaign = Campaign.Create(Details(), Now);
        Assert.That(campaign.Status, Is.EqualTo(CampaignStatus.Draft));
        campaign.Publish(Now.AddHours(1));
        Assert.That(campaign.DomainEvents, Is.EqualTo(new IDomainEvent[] { new CampaignPublished(campaign.Id, Now.AddHours(1)) }));
        campaign.Start(Now.AddHours(2));
        campaign.Complete(Now.AddHours(3));
        Assert.That(campaign.DomainEvents[^1], Is.EqualTo(new CampaignCompleted(campaign.Id, Now.AddHours(3))));
        Assert.That(campaign.DomainEvents, Has.Count.EqualTo(2), "starting raises nothing");
    }

    [Test]
    public void Update_ChangesTheDetails_AndTheVersion()
    {
        var campaign = Campaign.Create(Details(), Now);
        campaign.Update(Details(title: "Паводок", endsOn: new DateOnly(2026, 3, 25)), Now);
        Assert.Multiple(() =>
        {
            Assert.That(campaign.Title.Ru, Is.EqualTo("Паводок"));
            Assert.That(campaign.EndsOn, Is.EqualTo(new DateOnly(2026, 3, 25)));
            Assert.That(campaign.Version, Is.EqualTo(2));
        });
    }

    [TestCase(CampaignStatus.Completed)]
    [TestCase(CampaignStatus.Cancelled)]
    public void Update_OfAClosedCampaign_BreaksTheRule(CampaignStatus status)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => In(status).Update(Details(), Now));
        Assert.That(error!.Rule, Is.EqualTo("campaign-closed"));
    }

    [Test]
    public void Dates_MustBeInOrder_ButOneDayIsFine()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Campaign.Create(Details(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9)), Now));
        Assert.That(error!.Rule, Is.EqualTo("campaign-dates-out-of-order"));
        Assert.That(Campaign.Create(Details(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10)), Now).StartsOn, Is.EqualTo(new DateOnly(2026, 3, 10)));
    }

    private static DateTimeOffset Hq(int day, int hour, int minute = 0)
    {
        var local = new DateTime(2026, 3, day, hour, minute, 0);
        return new DateTimeOffset(local, Almaty.GetUtcOffset(local));
    }

    [Test]
    public void Covers_JudgesByTheHqCalendar()
    {
        var campaign = Campaign.Create(Details(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 20)), Now);
        Assert.Multiple(() =>
        {
            Assert.That(campaign.Covers(Hq(10, 0), Hq(10, 4), Almaty), Is.True, "from the first minute of the first day");
            Assert.That(campaign.Covers(Hq(20, 20), Hq(21, 0), Almaty), Is.True, "to midnight after the last day");
            Assert.That(campaign.Covers(Hq(9, 23, 59), Hq(10, 4), Almaty), Is.False);
            Assert.That(campaign.Covers(Hq(20, 22), Hq(21, 0, 1), Almaty), Is.False);
            // 01:00 on the 10th in Almaty is still the 9th in UTC: the HQ's calendar decides.
            Assert.That(campaign.Covers(Hq(10, 1).ToUniversalTime(), Hq(10, 3).ToUniversalTime(), Almaty), Is.True);
        });
    }

    [Test]
    public void PlanShift_GuardsTheShiftsRules()
    {
        var campaign = Campaign.Create(Details(), Now);
        var shift = campaign.PlanShift(Hq(12, 9), Hq(12, 13), 10, " Школа ", Almaty, Now);
        Assert.Multiple(() =>
        {
            Assert.That(shift.CampaignId, Is.EqualTo(campaign.Id));
            Assert.That(shift.StartsAt, Is.EqualTo(Hq(12, 9)));
            Assert.That(shift.StartsAt.Offset, Is.EqualTo(TimeSpan.Zero), "stored in UTC so that it compares in SQL");
            Assert.That(shift.Location, Is.EqualTo("Школа"));
            Assert.That(shift.ConfirmedCount, Is.Zero);
        });

        Assert.That(Rule(() => campaign.PlanShift(Hq(12, 9), Hq(12, 9), 10, "x", Almaty, Now)), Is.EqualTo("shift-ends-before-start"));
        Assert.That(Rule(() => campaign.PlanShift(Hq(12, 9), Hq(12, 10), 0, "x", Almaty, Now)), Is.EqualTo("shift-capacity-invalid"));
        Assert.That(Rule(() => campaign.PlanShift(Hq(12, 9), Hq(12, 10), 1, " ", Almaty, Now)), Is.EqualTo("shift-location-required"));
        Assert.That(Rule(() => campaign.PlanShift(Hq(9, 9), Hq(9, 10), 1, "x", Almaty, Now)), Is.EqualTo("shift-outside-campaign-dates"));
        Assert.That(Rule(() => In(CampaignStatus.Completed).PlanShift(Hq(12, 9), Hq(12, 10), 1, "x", Almaty, Now)), Is.EqualTo("campaign-closed"));
        Assert.That(Rule(() => In(CampaignStatus.Cancelled).PlanShift(Hq(12, 9), Hq(12, 10), 1, "x", Almaty, Now)), Is.EqualTo("campaign-closed"));
        Assert.That(In(CampaignStatus.InProgress).PlanShift(Hq(12, 9), Hq(12, 10), 1, "x", Almaty, Now), Is.Not.Null);
    }

    [Test]
    public void Visibility_AndSignUps_FollowTheStatus()
    {
        Assert.Multiple(() =>
        {
            foreach (var status in Enum.GetValues<CampaignStatus>())
            {
                var campaign = In(status);
                Assert.That(campaign.IsPublic, Is.EqualTo(status is CampaignStatus.Published or CampaignStatus.InProgress or CampaignStatus.Completed), $"{status} public");
                Assert.That(campaign.AcceptsSignUps, Is.EqualTo(status is CampaignStatus.Published or CampaignStatus.InProgress), $"{status} accepts sign-ups");
            }
        });
    }

    internal static string Rule(Action act) => Assert.Throws<DomainRuleViolationException>(() => act())!.Rule;
}
