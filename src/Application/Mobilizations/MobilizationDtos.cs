using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations;

/// <summary>A mobilisation with a summary of each day's roster drawn so far.</summary>
public sealed record MobilizationDto(
    Guid Id,
    string Title,
    string Reason,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int DailyActive,
    int Reserve,
    IReadOnlyList<int> DirectionIds,
    IReadOnlyList<string> Districts,
    int ResponseWindowMinutes,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<RosterSummaryDto> Rosters);

/// <summary>How one day's roster stands.</summary>
public sealed record RosterSummaryDto(DateOnly Date, int ActiveFilled, int Unanswered, int Shortfall);

/// <summary>
/// One day's roster. <c>activeFilled</c>: active places held by someone who has not declined; <c>unanswered</c>: of
/// those, the ones still to answer; <c>shortfall</c>: active places asked for and not filled; <c>reserveShortfall</c>:
/// reserve places that could not be filled when the roster was drawn.
/// </summary>
public sealed record RosterDto(
    Guid MobilizationId,
    DateOnly Date,
    DateTimeOffset CreatedAt,
    DateTimeOffset RespondBy,
    int ActiveRequested,
    int ReserveRequested,
    int ActiveFilled,
    int Unanswered,
    int Shortfall,
    int ReserveShortfall,
    IReadOnlyList<RosterEntryDto> Active,
    IReadOnlyList<RosterEntryDto> Reserve);

/// <summary>A volunteer on a roster: <c>Notified</c>, <c>Confirmed</c>, <c>Declined</c> or <c>CalledUp</c>.</summary>
public sealed record RosterEntryDto(Guid VolunteerId, RosterEntryStatus Status, DateTimeOffset? RespondBy, DateTimeOffset? CalledUpAt, bool TimedOut);

/// <summary>A roster entry as read from the database, before it is split into the active list and the reserve.</summary>
internal sealed record RosterEntryRow(Guid VolunteerId, RosterSlot Slot, int Position, RosterEntryStatus Status, DateTimeOffset? RespondBy, DateTimeOffset? CalledUpAt, bool TimedOut);

internal static class RosterViews
{
    /// <summary>Builds the roster answer: the active list as drawn, then the called-up in the order they were called; the reserve in its order.</summary>
    public static RosterDto ToDto(Roster roster, IReadOnlyCollection<RosterEntryRow> rows)
    {
        var active = rows.Where(r => r.Slot == RosterSlot.Active)
            .OrderBy(r => r.CalledUpAt is not null).ThenBy(r => r.CalledUpAt).ThenBy(r => r.Position)
            .Select(ToDto).ToList();
        var reserve = rows.Where(r => r.Slot == RosterSlot.Reserve).OrderBy(r => r.Position).Select(ToDto).ToList();
        var activeFilled = active.Count(e => e.Status != RosterEntryStatus.Declined);
        var unanswered = active.Count(e => e.Status is RosterEntryStatus.Notified or RosterEntryStatus.CalledUp);
        var reserveDrawn = reserve.Count + rows.Count(r => r.CalledUpAt is not null);
        return new RosterDto(
            roster.MobilizationId, roster.Date, roster.CreatedAt, roster.RespondBy, roster.ActiveRequested, roster.ReserveRequested,
            activeFilled, unanswered, Roster.Shortfall(roster.ActiveRequested, activeFilled),
            Math.Max(0, roster.ReserveRequested - reserveDrawn), active, reserve);
    }

    public static RosterEntryDto ToDto(RosterEntryRow row) => new(row.VolunteerId, row.Status, row.RespondBy, row.CalledUpAt, row.TimedOut);

    public static RosterEntryDto ToDto(this RosterEntry entry) => new(entry.VolunteerId, entry.Status, entry.RespondBy, entry.CalledUpAt, entry.TimedOut);

    public static RosterEntryRow ToRow(this RosterEntry entry) =>
        new(entry.VolunteerId, entry.Slot, entry.Position, entry.Status, entry.RespondBy, entry.CalledUpAt, entry.TimedOut);

    public static IQueryable<RosterEntryRow> ProjectToRows(this IQueryable<RosterEntry> entries) =>
        entries.Select(e => new RosterEntryRow(e.VolunteerId, e.Slot, e.Position, e.Status, e.RespondBy, e.CalledUpAt, e.TimedOut));
}
