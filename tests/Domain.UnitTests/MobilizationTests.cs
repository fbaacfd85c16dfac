using Volunteers.Domain.Common;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Domain.UnitTests;

public sealed class MobilizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static Mobilization AMobilization(int dailyActive = 2, int reserve = 2, int? window = null) =>
        Mobilization.Declare("Flood", "River", Today, Today.AddDays(6), dailyActive, reserve, [3, 1, 1], ["Yesil"], window, Now);

    private static Guid[] Volunteers(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];

    [Test]
    public void Declare_DefaultsTheResponseWindowTo120Minutes_AndKeepsFiltersDistinct()
    {
        var mobilization = AMobilization();
        Assert.Multiple(() =>
        {
            Assert.That(mobilization.ResponseWindowMinutes, Is.EqualTo(120));
            Assert.That(mobilization.DirectionIds, Is.EqualTo(new[] { 1, 3 }));
            Assert.That(mobilization.IsEnded, Is.False);
        });
    }

    [Test]
    public void Declare_WithThePeriodBackwards_BreaksARule()
    {
        var broken = Assert.Throws<DomainRuleViolationException>(() =>
            Mobilization.Declare("Flood", "River", Today, Today.AddDays(-1), 1, 0, null, null, null, Now));
        Assert.That(broken!.Rule, Is.EqualTo("mobilization-period-unordered"));
    }

    [TestCase(0, 0)]
    [TestCase(1, -1)]
    public void Declare_WithoutActivePlacesOrWithANegativeReserve_BreaksARule(int dailyActive, int reserve)
    {
        var broken = Assert.Throws<DomainRuleViolationException>(() =>
            Mobilization.Declare("Flood", "River", Today, Today, dailyActive, reserve, null, null, null, Now));
        Assert.That(broken!.Rule, Is.EqualTo("mobilization-counts-invalid"));
    }

    [Test]
    public void End_Twice_BreaksARule()
    {
        var mobilization = AMobilization();
        mobilization.End(Now);
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => mobilization.End(Now))!.Rule, Is.EqualTo("mobilization-already-ended"));
    }

    [Test]
    public void Draw_OutsideThePeriod_OrAfterTheEnd_BreaksARule()
    {
        var mobilization = AMobilization();
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => Roster.Draw(mobilization, Today.AddDays(-1), [], Now))!.Rule,
            Is.EqualTo("roster-date-outside-period"));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => Roster.Draw(mobilization, Today.AddDays(7), [], Now))!.Rule,
            Is.EqualTo("roster-date-outside-period"));
        mobilization.End(Now);
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => Roster.Draw(mobilization, Today, [], Now))!.Rule,
            Is.EqualTo("mobilization-ended"));
    }

    [Test]
    public void Draw_GivesTheFirstTheActivePlaces_AndTheRestTheReserveInOrder_AndRaisesRosterCreated()
    {
        var ranked = Volunteers(4);
        var roster = Roster.Draw(AMobilization(), Today, ranked, Now);
        Assert.Multiple(() =>
        {
            Assert.That(roster.Entries.Select(e => (e.VolunteerId, e.Slot, e.Position)), Is.EqualTo(new[]
            {
                (ranked[0], RosterSlot.Active, 0), (ranked[1], RosterSlot.Active, 1),
                (ranked[2], RosterSlot.Reserve, 0), (ranked[3], RosterSlot.Reserve, 1),
            }));
            Assert.That(roster.Entries.Select(e => e.Status), Is.All.EqualTo(RosterEntryStatus.Notified));
            Assert.That(roster.Entries.Where(e => e.Slot == RosterSlot.Active).Select(e => e.RespondBy), Is.All.EqualTo(Now.AddMinutes(120)));
            Assert.That(roster.Entries.Where(e => e.Slot == RosterSlot.Reserve).Select(e => e.RespondBy), Is.All.Null);
            var created = (RosterCreated)roster.DomainEvents.Single();
            Assert.That(created.ActiveVolunteerIds, Is.EqualTo(ranked[..2]));
            Assert.That(created.ReserveVolunteerIds, Is.EqualTo(ranked[2..]));
        });
    }

    [Test]
    public void Draw_WithMoreOrRepeatedVolunteersThanPlaces_BreaksARule()
    {
        var mobilization = AMobilization(dailyActive: 1, reserve: 1);
        Assert.Throws<DomainRuleViolationException>(() => Roster.Draw(mobilization, Today, Volunteers(3), Now));
        var one = Guid.NewGuid();
        Assert.Throws<DomainRuleViolationException>(() => Roster.Draw(mobilization, Today, [one, one], Now));
    }

    [Test]
    public void Shortfall_IsTheActivePlacesNotFilled_NeverNegative()
    {
        Assert.That(Roster.Shortfall(500, 480), Is.EqualTo(20));
        Assert.That(Roster.Shortfall(2, 2), Is.Zero);
    }

    [Test]
    public void AnActiveDecline_FreesThePlace_AConfirmationDoesNot_AndADeclineIsFinal()
    {
        var (active, _) = Draw();
        Assert.That(active.Respond(RosterResponse.Confirmed, Now), Is.False);
        Assert.That(active.Status, Is.EqualTo(RosterEntryStatus.Confirmed));
        Assert.That(active.Respond(RosterResponse.Declined, Now), Is.True, "a confirmed volunteer may still drop out");
        Assert.That(active.Status, Is.EqualTo(RosterEntryStatus.Declined));
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => active.Respond(RosterResponse.Confirmed, Now))!.Rule,
            Is.EqualTo("roster-entry-already-declined"));
    }

    [Test]
    public void AReserveVolunteer_MayOnlyWithdraw_UntilCalledUp()
    {
        var (_, reserve) = Draw();
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => reserve.Respond(RosterResponse.Confirmed, Now))!.Rule,
            Is.EqualTo("roster-entry-in-reserve"));
        Assert.That(reserve.Respond(RosterResponse.Declined, Now), Is.False, "withdrawing from the reserve frees no active place");
        Assert.That(Assert.Throws<DomainRuleViolationException>(() => reserve.CallUp(Guid.NewGuid(), TimeSpan.FromHours(2), Now))!.Rule,
            Is.EqualTo("roster-entry-not-callable"));
    }

    [Test]
    public void CallUp_MovesAReserveVolunteerToAnActivePlace_WithAWindowOfTheirOwn()
    {
        var (active, reserve) = Draw();
        var version = reserve.Version;
        var later = Now.AddMinutes(45);
        reserve.CallUp(active.VolunteerId, TimeSpan.FromMinutes(120), later);
        Assert.Multiple(() =>
        {
            Assert.That((reserve.Slot, reserve.Status), Is.EqualTo((RosterSlot.Active, RosterEntryStatus.CalledUp)));
            Assert.That(reserve.RespondBy, Is.EqualTo(later.AddMinutes(120)));
            Assert.That(reserve.Version, Is.Not.EqualTo(version), "every change renews the concurrency version");
            var calledUp = (VolunteerCalledUp)reserve.DomainEvents.Single();
            Assert.That((calledUp.VolunteerId, calledUp.ReplacedVolunteerId), Is.EqualTo((reserve.VolunteerId, active.VolunteerId)));
        });
        Assert.That(reserve.Respond(RosterResponse.Confirmed, later), Is.False);
        Assert.That(reserve.Status, Is.EqualTo(RosterEntryStatus.Confirmed));
    }

    [Test]
    public void TimeOut_DeclinesOnlyAnUnansweredActiveEntryPastItsDeadline()
    {
        var (active, reserve) = Draw();
        Assert.Throws<DomainRuleViolationException>(() => active.TimeOut(Now.AddMinutes(119)));
        Assert.Throws<DomainRuleViolationException>(() => reserve.TimeOut(Now.AddHours(3)));
        active.TimeOut(Now.AddMinutes(120));
        Assert.That((active.Status, active.TimedOut), Is.EqualTo((RosterEntryStatus.Declined, true)));

        var (confirmed, _) = Draw();
        confirmed.Respond(RosterResponse.Confirmed, Now);
        Assert.Throws<DomainRuleViolationException>(() => confirmed.TimeOut(Now.AddHours(3)));
    }


    private static (RosterEntry Active, RosterEntry Reserve) Draw()
    {
        var roster = Roster.Draw(AMobilization(dailyActive: 1, reserve: 1), Today, Volunteers(2), Now);
        return (roster.Entries[0], roster.Entries[1]);
    }
}
