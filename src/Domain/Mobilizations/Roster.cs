using Volunteers.Domain.Common;

namespace Volunteers.Domain.Mobilizations;

/// <summary>
/// One day's roster of a mobilisation. It is drawn once, from volunteers already ranked by the fairness order: the
/// first <see cref="Mobilization.DailyActive"/> get the active places, the next <see cref="Mobilization.Reserve"/>
/// stand in reserve, in that order.
/// </summary>
public sealed class Roster : Entity<Guid>
{
    private readonly List<RosterEntry> _entries = [];

    private Roster()
    {
    }

    public Guid MobilizationId { get; private set; }
    public DateOnly Date { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the active volunteers' answers are due: drawn time plus the response window.</summary>
    public DateTimeOffset RespondBy { get; private set; }

    public int ActiveRequested { get; private set; }
    public int ReserveRequested { get; private set; }

    /// <summary>The entries as drawn, in memory while the roster is created; stored as rows of their own, which later changes load one by one.</summary>
    public IReadOnlyList<RosterEntry> Entries => _entries;

    /// <param name="mobilization">The running mobilisation; <paramref name="date"/> must be inside its period.</param>
    /// <param name="date">The HQ day the roster is for.</param>
    /// <param name="rankedVolunteerIds">Eligible volunteers in the fairness order, at most active plus reserve of them.</param>
    /// <param name="now">When it is drawn.</param>
    public static Roster Draw(Mobilization mobilization, DateOnly date, IReadOnlyList<Guid> rankedVolunteerIds, DateTimeOffset now)
    {
        mobilization.EnsureRosterCanBeDrawnFor(date);
        if (rankedVolunteerIds.Count > mobilization.DailyActive + mobilization.Reserve
            || rankedVolunteerIds.Distinct().Count() != rankedVolunteerIds.Count)
        {
            throw new DomainRuleViolationException("roster-selection-invalid", "A roster holds each volunteer once and no more than the places asked for.");
        }

        var roster = new Roster
        {
            Id = Guid.CreateVersion7(now),
            MobilizationId = mobilization.Id,
            Date = date,
            CreatedAt = now,
            RespondBy = now + mobilization.ResponseWindow,
            ActiveRequested = mobilization.DailyActive,
            ReserveRequested = mobilization.Reserve,
        };
        for (var rank = 0; rank < rankedVolunteerIds.Count; rank++)
        {
            var isActive = rank < mobilization.DailyActive;
            roster._entries.Add(RosterEntry.Draw(
                roster, rankedVolunteerIds[rank],
                isActive ? RosterSlot.Active : RosterSlot.Reserve,
                isActive ? rank : rank - mobilization.DailyActive,
                isActive ? roster.RespondBy : null));
        }

        roster.Raise(new RosterCreated(
            mobilization.Id, roster.Id, date,
            [.. roster._entries.Where(e => e.Slot == RosterSlot.Active).Select(e => e.VolunteerId)],
            [.. roster._entries.Where(e => e.Slot == RosterSlot.Reserve).Select(e => e.VolunteerId)],
            roster.RespondBy));
        return roster;
    }

    /// <summary>Active places not filled: asked for, minus active entries that have not declined.</summary>
    public static int Shortfall(int activeRequested, int activeFilled) => Math.Max(0, activeRequested - activeFilled);
}
