using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;
using static Volunteers.Domain.UnitTests.CampaignTests;

namespace Volunteers.Domain.UnitTests;

public sealed class SignUpTests
{
    private static Volunteer Active() => Volunteer.ImportTrained(Person(), "Yesil", ["kk"], [1], new DateOnly(2020, 1, 1), Now);

    private static Volunteer Trainee(StageKind stage)
    {
        var trainee = Volunteer.CreateTrainee(Person(), "Yesil", ["kk"], [1], Now);
        if (stage != StageKind.Introductory)
        {
            trainee.EnterStage(stage);
        }

        return trainee;
    }

    private static PersonalData Person() =>
        new("Айгерим", "Волонтёрова", null, Iin.Parse("900515300018"), PhoneNumber.Parse("+77012345678"), "a@example.org");

    /// <summary>A shift planned while the campaign was a draft, then the campaign moved on to <paramref name="status"/>.</summary>
    private static (Campaign Campaign, Shift Shift) ShiftIn(CampaignStatus status)
    {
        var campaign = Campaign.Create(Details(), Now);
        var shift = campaign.PlanShift(new DateTimeOffset(2026, 3, 12, 4, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero), 5, "x", Almaty, Now);
        Action<Campaign>[] steps = status switch
        {
            CampaignStatus.Published => [c => c.Publish(Now)],
            CampaignStatus.InProgress => [c => c.Publish(Now), c => c.Start(Now)],
            CampaignStatus.Completed => [c => c.Publish(Now), c => c.Start(Now), c => c.Complete(Now)],
            CampaignStatus.Cancelled => [c => c.Cancel(Now)],
            _ => [],
        };
        foreach (var step in steps)
        {
            step(campaign);
        }

        return (campaign, shift);
    }

    private static SignUp Seated() => SignUp.Confirmed(ShiftIn(CampaignStatus.Published).Shift, Guid.NewGuid(), 1, Now);

    [TestCase(CampaignStatus.Published, true)]
    [TestCase(CampaignStatus.InProgress, true)]
    [TestCase(CampaignStatus.Draft, false)]
    [TestCase(CampaignStatus.Completed, false)]
    [TestCase(CampaignStatus.Cancelled, false)]
    public void EnsureAllowed_NeedsAPublishedOrRunningCampaign(CampaignStatus status, bool allowed)
    {
        var (campaign, shift) = ShiftIn(status);
        if (allowed)
        {
            Assert.DoesNotThrow(() => SignUp.EnsureAllowed(campaign, shift, Active()));
        }
        else
        {
            Assert.That(Rule(() => SignUp.EnsureAllowed(campaign, shift, Active())), Is.EqualTo("campaign-not-open-for-signups"));
        }
    }

    [Test]
    public void EnsureAllowed_NeedsAnActiveVolunteer_OrATraineeInPractice()
    {
        var (campaign, shift) = ShiftIn(CampaignStatus.Published);
        var suspended = Active();
        suspended.ChangeStatus(VolunteerStatus.Suspended, "test");

        Assert.DoesNotThrow(() => SignUp.EnsureAllowed(campaign, shift, Trainee(StageKind.Practice)));
        foreach (var refused in new[] { Trainee(StageKind.Introductory), Trainee(StageKind.Specialization), suspended })
        {
            Assert.That(Rule(() => SignUp.EnsureAllowed(campaign, shift, refused)), Is.EqualTo("volunteer-not-eligible-for-shifts"));
        }
    }

    [Test]
    public void TakingASeat_RaisesSignUpConfirmed_ForItsReminders()
    {
        var signUp = Seated();
        Assert.That(signUp.DomainEvents, Is.EqualTo(new IDomainEvent[]
        {
            new SignUpConfirmed(signUp.Id, signUp.VolunteerId, signUp.ShiftId, signUp.CampaignId, Now),
        }));
    }

    [Test]
    public void Answers_ComingIsRecordedOnce_NotComingCancels_ThenNothingMore()
    {
        var signUp = Seated();
        signUp.GiveAttendanceToken("HASH");
        signUp.RecordAnswer(AttendanceAnswer.Coming, Now);
        var version = signUp.Version;
        signUp.RecordAnswer(AttendanceAnswer.Coming, Now.AddMinutes(5));
        Assert.That((signUp.Answer, signUp.AnsweredAt, signUp.Version), Is.EqualTo(((AttendanceAnswer?)AttendanceAnswer.Coming, (DateTimeOffset?)Now, version)), "again: no change");

        signUp.RecordAnswer(AttendanceAnswer.NotComing, Now.AddMinutes(10));
        Assert.That((signUp.Status, signUp.Answer, signUp.CancelledAt), Is.EqualTo((SignUpStatus.Cancelled, (AttendanceAnswer?)AttendanceAnswer.NotComing, (DateTimeOffset?)Now.AddMinutes(10))));
        foreach (var answer in new[] { AttendanceAnswer.Coming, AttendanceAnswer.NotComing })
        {
            Assert.That(Assert.Throws<DomainRuleViolationException>(() => signUp.RecordAnswer(answer, Now.AddMinutes(20)))!.Rule, Is.EqualTo("signup-cancelled"));
        }

        Assert.That(Assert.Throws<DomainRuleViolationException>(() => signUp.GiveAttendanceToken("OTHER"))!.Rule, Is.EqualTo("signup-not-confirmed"));
    }

    [Test]
    public void CheckOut_RecordsTheMinutes_AndRaisesVolunteerCheckedOut()
    {
        var signUp = Seated();
        signUp.ClearDomainEvents(); // the seat's own SignUpConfirmed
        var checkedIn = Now.AddHours(-3);
        signUp.CheckIn(checkedIn, Now);
        signUp.CheckOut(Now.AddMinutes(-29).AddSeconds(-30), Now);

        Assert.That(signUp.WorkedMinutes, Is.EqualTo(150), "whole minutes");
        Assert.That(signUp.DomainEvents, Is.EqualTo(new IDomainEvent[]
        {
            new VolunteerCheckedOut(signUp.VolunteerId, signUp.ShiftId, signUp.CampaignId, checkedIn, Now.AddMinutes(-29).AddSeconds(-30)),
        }));
    }

    [Test]
    public void Attendance_FollowsItsOrder()
    {
        var signUp = Seated();
        Assert.That(Rule(() => signUp.CheckOut(Now, Now)), Is.EqualTo("signup-not-checked-in"));
        Assert.That(Rule(() => signUp.CheckIn(Now.AddSeconds(1), Now)), Is.EqualTo("attendance-in-future"));
        signUp.CheckIn(Now.AddHours(-1), Now);
        Assert.That(Rule(() => signUp.CheckIn(Now, Now)), Is.EqualTo("signup-already-checked-in"));
        Assert.That(Rule(() => signUp.CheckOut(Now.AddHours(-1), Now)), Is.EqualTo("check-out-before-check-in"));
        Assert.That(Rule(() => signUp.CheckOut(Now.AddMinutes(1), Now)), Is.EqualTo("attendance-in-future"));
        Assert.That(Rule(() => signUp.Cancel(Now)), Is.EqualTo("signup-already-checked-in"));
        signUp.CheckOut(Now, Now);
        Assert.That(Rule(() => signUp.CheckOut(Now, Now)), Is.EqualTo("signup-already-checked-out"));
    }

    [Test]
    public void AWaitlistedVolunteer_IsNotCheckedIn_UntilPromoted()
    {
        var shift = ShiftIn(CampaignStatus.Published).Shift;
        var waiting = SignUp.Waitlisted(shift, Guid.NewGuid(), 7, Now);
        Assert.That(Rule(() => waiting.CheckIn(Now, Now)), Is.EqualTo("signup-not-confirmed"));

        waiting.Promote(Now);

        Assert.That(waiting.Status, Is.EqualTo(SignUpStatus.Confirmed));
        Assert.That(waiting.DomainEvents.Single(), Is.EqualTo(new WaitlistedVolunteerPromoted(waiting.VolunteerId, shift.Id, shift.CampaignId, Now)));
        Assert.That(Rule(() => waiting.Promote(Now)), Is.EqualTo("signup-not-waitlisted"));
        Assert.DoesNotThrow(() => waiting.CheckIn(Now, Now));
    }

    [Test]
    public void EveryChange_IsANewVersion_SoConcurrentChangesCannotBothWin()
    {
        var signUp = SignUp.Waitlisted(ShiftIn(CampaignStatus.Published).Shift, Guid.NewGuid(), 3, Now);
        var versions = new List<int> { signUp.Version };
        signUp.Promote(Now);
        versions.Add(signUp.Version);
        signUp.CheckIn(Now.AddHours(-1), Now);
        versions.Add(signUp.Version);
        signUp.CheckOut(Now, Now);
        versions.Add(signUp.Version);
        Assert.That(versions, Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void Cancel_IsOnce()
    {
        var signUp = Seated();
        signUp.Cancel(Now);
        Assert.That(signUp.Status, Is.EqualTo(SignUpStatus.Cancelled));
        Assert.That(signUp.IsActive, Is.False);
        Assert.That(Rule(() => signUp.Cancel(Now)), Is.EqualTo("signup-already-cancelled"));
        Assert.That(Rule(() => signUp.CheckIn(Now, Now)), Is.EqualTo("signup-not-confirmed"));
    }

    [Test]
    public void Shifts_Overlap_OnlyWhenTheirTimesIntersect()
    {
        var shift = ShiftIn(CampaignStatus.Published).Shift; // 04:00–08:00 UTC
        bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => Shift.Overlapping(startsAt, endsAt).Compile()(shift);
        Assert.Multiple(() =>
        {
            Assert.That(Overlaps(shift.StartsAt.AddHours(-1), shift.StartsAt.AddMinutes(1)), Is.True);
            Assert.That(Overlaps(shift.StartsAt.AddHours(1), shift.EndsAt.AddHours(-1)), Is.True);
            Assert.That(Overlaps(shift.EndsAt, shift.EndsAt.AddHours(2)), Is.False, "back to back");
            Assert.That(Overlaps(shift.StartsAt.AddHours(-2), shift.StartsAt), Is.False);
        });
    }
}
