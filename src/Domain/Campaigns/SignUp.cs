using System.Linq.Expressions;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.Campaigns;

/// <summary>
/// A volunteer's place on a shift: Confirmed (a seat) or Waitlisted (in FIFO order of <see cref="Ticket"/>), until
/// cancelled. Staff check a confirmed volunteer in and out (or the volunteer themself, with the shift's check-in code);
/// the minutes between are the volunteer's hours. A confirmed volunteer never checked in becomes a <see cref="SignUpStatus.NoShow"/>
/// some time after the shift.
/// </summary>
public sealed class SignUp : Entity<Guid>
{
    private SignUp()
    {
    }

    public Guid ShiftId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid VolunteerId { get; private set; }
    public SignUpStatus Status { get; private set; }

    /// <summary>The shift's roster version when the volunteer signed up: the order of the waitlist.</summary>
    public int Ticket { get; private set; }

    public DateTimeOffset SignedUpAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public DateTimeOffset? CheckedOutAt { get; private set; }

    /// <summary>Whole minutes from check-in to check-out, stored so that hours add up in the database.</summary>
    public int? WorkedMinutes { get; private set; }

    /// <summary>
    /// The sign-ups whose time counts as hours worked: the checked-out ones (<see cref="CheckOut"/> records the
    /// <see cref="WorkedMinutes"/>). The one definition behind a volunteer's hours, the registry, the statistics and
    /// the mobilisation's fairness order.
    /// </summary>
    public static readonly Expression<Func<SignUp, bool>> Worked = s => s.WorkedMinutes != null;

    /// <summary>
    /// SHA-256 of the sign-up's attendance token (the personal link in its reminders), given when the volunteer gets
    /// a seat; the raw token leaves only in the mails.
    /// </summary>
    public string? AttendanceTokenHash { get; private set; }

    /// <summary>What the volunteer answered from the attendance link; null until they answer.</summary>
    public AttendanceAnswer? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Incremented by every change, so that two staff members changing one sign-up at once cannot both win.</summary>
    public int Version { get; private set; }

    public bool IsActive => Status != SignUpStatus.Cancelled;

    /// <summary>
    /// The sign-ups that hold the volunteer's time, so that no other shift may overlap them: a seat or a place on the
    /// waitlist. A no-show's shift is over and was not worked, so it blocks nothing.
    /// </summary>
    public static readonly Expression<Func<SignUp, bool>> HoldsTime =
        s => s.Status == SignUpStatus.Confirmed || s.Status == SignUpStatus.Waitlisted;

    /// <summary>A seat nobody checked in to (yet): what the no-show pass marks once the shift is long enough over.</summary>
    public static readonly Expression<Func<SignUp, bool>> Unattended =
        s => s.Status == SignUpStatus.Confirmed && s.CheckedInAt == null;

    /// <summary>Wrong check-in codes given for this sign-up since <see cref="WrongCodesSince"/> (see <see cref="Campaigns.CheckInCode"/>).</summary>
    public int WrongCodeCount { get; private set; }

    /// <summary>When the current window of wrong tries began; counted by a conditional update in the database, never here.</summary>
    public DateTimeOffset? WrongCodesSince { get; private set; }

    /// <summary>
    /// The rules a sign-up must meet before a seat is looked for: the shift belongs to the campaign, the campaign
    /// is published or running, and the volunteer may work shifts (Active, or a trainee in the practice stage).
    /// </summary>
    public static void EnsureAllowed(Campaign campaign, Shift shift, Volunteer volunteer)
    {
        if (shift.CampaignId != campaign.Id)
        {
            throw new ArgumentException("The shift belongs to another campaign.", nameof(shift));
        }

        campaign.EnsureAcceptsSignUps();
        if (!volunteer.CanSignUpForShifts)
        {
            throw new DomainRuleViolationException("volunteer-not-eligible-for-shifts",
                "Only active volunteers, and trainees in the practice stage, sign up for shifts.");
        }
    }

    /// <summary>The volunteer got a seat.</summary>
    public static SignUp Confirmed(Shift shift, Guid volunteerId, int ticket, DateTimeOffset now)
    {
        var signUp = New(shift, volunteerId, ticket, SignUpStatus.Confirmed, now);
        signUp.ConfirmedAt = now;
        signUp.Raise(new SignUpConfirmed(signUp.Id, volunteerId, shift.Id, shift.CampaignId, now));
        return signUp;
    }

    /// <summary>The shift was full: the volunteer queues behind everyone with a smaller ticket.</summary>
    public static SignUp Waitlisted(Shift shift, Guid volunteerId, int ticket, DateTimeOffset now) =>
        New(shift, volunteerId, ticket, SignUpStatus.Waitlisted, now);

    /// <summary>A seat was freed and this volunteer was first on the waitlist.</summary>
    public void Promote(DateTimeOffset now)
    {
        if (Status != SignUpStatus.Waitlisted)
        {
            throw new DomainRuleViolationException("signup-not-waitlisted", "Only a waitlisted volunteer can be given a freed seat.");
        }

        Status = SignUpStatus.Confirmed;
        ConfirmedAt = now;
        Version++;
        Raise(new WaitlistedVolunteerPromoted(VolunteerId, ShiftId, CampaignId, now));
    }

    /// <summary>The volunteer leaves the shift (or its waitlist). Once checked in, the shift happened for them.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (Status == SignUpStatus.Cancelled)
        {
            throw new DomainRuleViolationException("signup-already-cancelled", "The sign-up is already cancelled.");
        }

        if (Status == SignUpStatus.NoShow)
        {
            throw new DomainRuleViolationException("signup-no-show", "The volunteer missed this shift; a no-show is not cancelled (a staff check-in clears it).");
        }

        if (CheckedInAt is not null)
        {
            throw new DomainRuleViolationException("signup-already-checked-in", "The volunteer was checked in; the sign-up can no longer be cancelled.");
        }

        Status = SignUpStatus.Cancelled;
        CancelledAt = now;
        Version++;
    }

    /// <summary>The seat's attendance link: a new token's hash (a seat taken again gets a new link).</summary>
    public void GiveAttendanceToken(string tokenHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        if (Status != SignUpStatus.Confirmed)
        {
            throw new DomainRuleViolationException("signup-not-confirmed", $"Only a seat has an attendance link; this sign-up is {Status}.");
        }

        AttendanceTokenHash = tokenHash;
    }

    /// <summary>
    /// The volunteer's answer from the attendance link. <see cref="AttendanceAnswer.Coming"/> is recorded (again: no
    /// change); <see cref="AttendanceAnswer.NotComing"/> is recorded with the cancellation, which the caller then
    /// completes like any other (the seat goes to the waitlist). Nothing can be answered for a cancelled sign-up.
    /// </summary>
    public void RecordAnswer(AttendanceAnswer answer, DateTimeOffset now)
    {
        if (Status == SignUpStatus.Cancelled)
        {
            throw new DomainRuleViolationException("signup-cancelled", "The sign-up is cancelled; the seat may already be someone else's.");
        }

        if (answer == Answer)
        {
            return;
        }

        if (answer == AttendanceAnswer.NotComing)
        {
            Cancel(now);
        }
        else if (Status != SignUpStatus.Confirmed)
        {
            throw new DomainRuleViolationException("signup-not-confirmed", $"Only a volunteer with a seat answers; this sign-up is {Status}.");
        }

        Answer = answer;
        AnsweredAt = now;
        Version++;
    }

    /// <summary>
    /// Staff record the volunteer's arrival, often afterwards; the shift's planned times do not restrict it. A late
    /// check-in of a no-show clears the no-show: the volunteer came after all.
    /// </summary>
    public void CheckIn(DateTimeOffset at, DateTimeOffset now)
    {
        EnsureNotInFuture(at, now);
        if (Status != SignUpStatus.NoShow)
        {
            EnsureConfirmed();
        }

        if (CheckedInAt is not null)
        {
            throw new DomainRuleViolationException("signup-already-checked-in", "The volunteer is already checked in.");
        }

        Status = SignUpStatus.Confirmed;
        CheckedInAt = at.ToUniversalTime();
        Version++;
    }

    /// <summary>The volunteer checks themself in with the shift's code (checked by the caller): now, and only on a seat.</summary>
    public void SelfCheckIn(DateTimeOffset now)
    {
        EnsureConfirmed();
        CheckIn(now, now);
    }

    /// <summary>The volunteer checks themself out with the shift's code: now, after their check-in.</summary>
    public void SelfCheckOut(DateTimeOffset now)
    {
        EnsureConfirmed();
        CheckOut(now, now);
    }

    /// <summary>A seat: what a volunteer's own check-in or check-out needs (a no-show is cleared by staff only).</summary>
    public void EnsureConfirmed()
    {
        if (Status != SignUpStatus.Confirmed)
        {
            throw new DomainRuleViolationException("signup-not-confirmed", $"Only a confirmed volunteer is checked in; this sign-up is {Status}.");
        }
    }

    /// <summary>Staff record the volunteer's departure: the time since check-in becomes the volunteer's hours.</summary>
    public void CheckOut(DateTimeOffset at, DateTimeOffset now)
    {
        EnsureNotInFuture(at, now);
        if (CheckedInAt is not { } checkedInAt)
        {
            throw new DomainRuleViolationException("signup-not-checked-in", "The volunteer must be checked in before checking out.");
        }

        if (CheckedOutAt is not null)
        {
            throw new DomainRuleViolationException("signup-already-checked-out", "The volunteer is already checked out.");
        }

        if (at <= checkedInAt)
        {
            throw new DomainRuleViolationException("check-out-before-check-in", "The check-out must come after the check-in.");
        }

        CheckedOutAt = at.ToUniversalTime();
        WorkedMinutes = (int)(at - checkedInAt).TotalMinutes;
        Version++;
        Raise(new VolunteerCheckedOut(VolunteerId, ShiftId, CampaignId, checkedInAt, CheckedOutAt.Value));
    }

    private static void EnsureNotInFuture(DateTimeOffset at, DateTimeOffset now)
    {
        if (at > now)
        {
            throw new DomainRuleViolationException("attendance-in-future", "Attendance is recorded for what happened, never in the future.");
        }
    }

    private static SignUp New(Shift shift, Guid volunteerId, int ticket, SignUpStatus status, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ShiftId = shift.Id,
        CampaignId = shift.CampaignId,
        VolunteerId = volunteerId,
        Ticket = ticket,
        Status = status,
        SignedUpAt = now,
        Version = 1,
    };
}
