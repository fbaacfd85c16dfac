using Volunteers.Domain.Common;

namespace Volunteers.Domain.Mobilizations;

/// <summary>
/// One volunteer on one day's roster. Guards the answer rules: active volunteers confirm or decline (a confirmed one
/// may still drop out); reserve volunteers may withdraw, and confirm once called up; a declined entry is final. Each
/// change renews <see cref="Version"/>, so two writers never both act on the same entry.
/// </summary>
public sealed class RosterEntry : Entity<Guid>
{
    private RosterEntry()
    {
    }

    public Guid RosterId { get; private set; }
    public Guid MobilizationId { get; private set; }
    public Guid VolunteerId { get; private set; }

    /// <summary>The roster's day, kept here so that "one roster a day per volunteer" is a unique index.</summary>
    public DateOnly Date { get; private set; }

    public RosterSlot Slot { get; private set; }

    /// <summary>Rank in the slot it was drawn into: the reserve is called up in this order.</summary>
    public int Position { get; private set; }

    public RosterEntryStatus Status { get; private set; }

    /// <summary>When an active entry's answer is due; null in the reserve.</summary>
    public DateTimeOffset? RespondBy { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }
    public DateTimeOffset? CalledUpAt { get; private set; }

    /// <summary>Declined because no answer came by <see cref="RespondBy"/>.</summary>
    public bool TimedOut { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Holds an active place that is still expected to come (not declined).</summary>
    public bool HoldsActivePlace => Slot == RosterSlot.Active && Status != RosterEntryStatus.Declined;

    public bool IsAwaitingAnswer => Slot == RosterSlot.Active && Status is RosterEntryStatus.Notified or RosterEntryStatus.CalledUp;

    internal static RosterEntry Draw(Roster roster, Guid volunteerId, RosterSlot slot, int position, DateTimeOffset? respondBy) => new()
    {
        Id = Guid.CreateVersion7(roster.CreatedAt),
        RosterId = roster.Id,
        MobilizationId = roster.MobilizationId,
        VolunteerId = volunteerId,
        Date = roster.Date,
        Slot = slot,
        Position = position,
        Status = RosterEntryStatus.Notified,
        RespondBy = respondBy,
        Version = Guid.NewGuid(),
    };

    /// <summary>Records the volunteer's answer. True when an active place was given up and must be filled from the reserve.</summary>
    public bool Respond(RosterResponse response, DateTimeOffset now)
    {
        if (Status == RosterEntryStatus.Declined)
        {
            throw new DomainRuleViolationException("roster-entry-already-declined", "The volunteer already declined this day; the place may have gone to the reserve.");
        }

        if (Slot == RosterSlot.Reserve && response == RosterResponse.Confirmed)
        {
            throw new DomainRuleViolationException("roster-entry-in-reserve", "A reserve volunteer confirms once called up; until then they may only withdraw.");
        }

        if (response == RosterResponse.Confirmed)
        {
            if (Status != RosterEntryStatus.Confirmed)
            {
                Status = RosterEntryStatus.Confirmed;
                RespondedAt = now;
                Version = Guid.NewGuid();
            }

            return false;
        }

        var freesActivePlace = HoldsActivePlace;
        Status = RosterEntryStatus.Declined;
        RespondedAt = now;
        Version = Guid.NewGuid();
        return freesActivePlace;
    }

    /// <summary>No answer came by the deadline: treated as declined, so the place goes to the reserve.</summary>
    public void TimeOut(DateTimeOffset now)
    {
        if (!IsAwaitingAnswer || RespondBy is not { } due || due > now)
        {
            throw new DomainRuleViolationException("roster-entry-not-overdue", "Only an unanswered active entry past its deadline times out.");
        }

        Status = RosterEntryStatus.Declined;
        TimedOut = true;
        Version = Guid.NewGuid();
    }

    /// <summary>Moves this reserve volunteer to an active place given up by <paramref name="replacedVolunteerId"/>.</summary>
    public void CallUp(Guid replacedVolunteerId, TimeSpan responseWindow, DateTimeOffset now)
    {
        if (Slot != RosterSlot.Reserve || Status != RosterEntryStatus.Notified)
        {
            throw new DomainRuleViolationException("roster-entry-not-callable", "Only a reserve volunteer who has not withdrawn can be called up.");
        }

        Slot = RosterSlot.Active;
        Status = RosterEntryStatus.CalledUp;
        CalledUpAt = now;
        RespondBy = now + responseWindow;
        Version = Guid.NewGuid();
        Raise(new VolunteerCalledUp(MobilizationId, RosterId, Date, VolunteerId, replacedVolunteerId, RespondBy.Value));
    }
}
