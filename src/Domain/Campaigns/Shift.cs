using System.Linq.Expressions;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.Campaigns;

/// <summary>
/// A slot of work in a campaign: a time, a place and a number of seats. The seat counters are kept by the
/// database (see the sign-up use cases): <see cref="ConfirmedCount"/> never exceeds <see cref="Capacity"/>, which a
/// CHECK constraint also holds, and every change of the roster increments <see cref="RosterVersion"/> first, which
/// serialises the roster changes of one shift and hands out the FIFO tickets of its sign-ups. Its times are kept in
/// UTC, so that they compare correctly in SQL on every provider (SQLite stores instants as integers).
/// </summary>
public sealed class Shift : Entity<Guid>
{
    public const int LocationMaxLength = 300;
    public const int MaxCapacity = 10_000;

    private Shift()
    {
    }

    public Guid CampaignId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public int Capacity { get; private set; }
    public string Location { get; private set; } = null!;
    public int ConfirmedCount { get; private set; }
    public int WaitlistedCount { get; private set; }
    public int RosterVersion { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How many times the time or place changed: calendars use it to replace the event they already hold.</summary>
    public int ScheduleRevision { get; private set; }

    /// <summary>When the time or place last changed; null while the shift is as planned.</summary>
    public DateTimeOffset? RescheduledAt { get; private set; }

    /// <summary>Whether the shift has begun at <paramref name="now"/>.</summary>
    public bool HasStarted(DateTimeOffset now) => StartsAt <= now;

    /// <summary>
    /// The six digits volunteers type or scan to check themselves in and out (<see cref="Campaigns.CheckInCode"/>); null
    /// until staff first ask for it. Issued and rotated by a conditional update in the database, never derived from the id.
    /// </summary>
    public string? CheckInCode { get; private set; }

    /// <summary>The check-in code works from an hour before the start ...</summary>
    public DateTimeOffset CheckInOpensAt => StartsAt - Campaigns.CheckInCode.WindowMargin;

    /// <summary>... to an hour after the end.</summary>
    public DateTimeOffset CheckInClosesAt => EndsAt + Campaigns.CheckInCode.WindowMargin;

    /// <summary>
    /// The rule: two shifts overlap when each starts before the other ends; back to back is no overlap. A volunteer
    /// holds no two overlapping shifts (the sign-up checks it in the database), and the open shifts offered to them
    /// leave out those overlapping one they hold. The overloads below apply it in queries.
    /// </summary>
    public static readonly Expression<Func<Shift, Shift, bool>> Overlap = (other, shift) => other.StartsAt < shift.EndsAt && shift.StartsAt < other.EndsAt;

    /// <summary>The shifts whose time overlaps [<paramref name="startsAt"/>, <paramref name="endsAt"/>) (<see cref="Overlap"/>).</summary>
    public static Expression<Func<Shift, bool>> Overlapping(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        // Read through a captured variable, as any closure is, so that a database query gets parameters, not constants.
        var window = new Shift { StartsAt = startsAt.ToUniversalTime(), EndsAt = endsAt.ToUniversalTime() };
        Expression<Func<Shift>> captured = () => window;
        return Overlapping(captured.Body);
    }

    /// <summary>
    /// The shifts overlapping the shift that <paramref name="shift"/> stands for in a query (<see cref="Overlap"/>), e.g.
    /// the parameter of an enclosing lambda: <c>candidate =&gt; !held.Any(Shift.Overlapping(candidate))</c>.
    /// </summary>
    public static Expression<Func<Shift, bool>> Overlapping(Expression shift)
    {
        var other = Overlap.Parameters[0];
        var body = new ParameterReplacer(Overlap.Parameters[1], shift).Visit(Overlap.Body);
        return Expression.Lambda<Func<Shift, bool>>(body, other);
    }

    /// <summary>
    /// A volunteer's own check-in or check-out by code: only inside the code's window (checked before the code, so that
    /// tries outside it are not counted as wrong codes), and only with the shift's current code.
    /// </summary>
    public void EnsureSelfCheckInOpen(DateTimeOffset now)
    {
        if (now < CheckInOpensAt || now > CheckInClosesAt)
        {
            throw new DomainRuleViolationException("check-in-outside-window",
                $"The check-in code of this shift works from {CheckInOpensAt:u} to {CheckInClosesAt:u}.");
        }
    }

    /// <summary>The code given must be the shift's current one (compared in constant time).</summary>
    public void EnsureCheckInCode(string code)
    {
        if (!Campaigns.CheckInCode.Matches(CheckInCode, code))
        {
            throw new DomainRuleViolationException("check-in-code-invalid", "This is not the shift's check-in code; ask the coordinator for the current one.");
        }
    }

    internal static Shift Create(Guid campaignId, DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity, string location, DateTimeOffset now)
    {
        EnsureValidTimeAndPlace(startsAt, endsAt, location);
        if (capacity is < 1 or > MaxCapacity)
        {
            throw new DomainRuleViolationException("shift-capacity-invalid", $"A shift has from 1 to {MaxCapacity} seats.");
        }

        return new Shift
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaignId,
            StartsAt = startsAt.ToUniversalTime(),
            EndsAt = endsAt.ToUniversalTime(),
            Capacity = capacity,
            Location = location.Trim(),
            CreatedAt = now,
        };
    }

    /// <summary>
    /// Moves the shift to a new time or place before it starts (its campaign checks its own dates first, see
    /// <see cref="Campaign.RescheduleShift"/>); the seats and the waitlist stay as they are.
    /// </summary>
    internal void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt, string location, DateTimeOffset now)
    {
        if (HasStarted(now))
        {
            throw new DomainRuleViolationException("shift-already-started", "A shift that has started can no longer be moved.");
        }

        EnsureValidTimeAndPlace(startsAt, endsAt, location);
        startsAt = startsAt.ToUniversalTime();
        endsAt = endsAt.ToUniversalTime();
        location = location.Trim();
        if (startsAt == StartsAt && endsAt == EndsAt && location == Location)
        {
            return;
        }

        StartsAt = startsAt;
        EndsAt = endsAt;
        Location = location;
        ScheduleRevision++;
        RescheduledAt = now;
        Raise(new ShiftRescheduled(Id, CampaignId, StartsAt, EndsAt, now));
    }

    private static void EnsureValidTimeAndPlace(DateTimeOffset startsAt, DateTimeOffset endsAt, string location)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainRuleViolationException("shift-ends-before-start", "A shift must end after it starts.");
        }

        if (string.IsNullOrWhiteSpace(location))
        {
            throw new DomainRuleViolationException("shift-location-required", "A shift needs a place to meet.");
        }
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
