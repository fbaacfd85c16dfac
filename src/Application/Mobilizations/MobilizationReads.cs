using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations;

internal static class MobilizationReads
{
    /// <summary>The mobilisation with each roster's figures, counted in the database.</summary>
    public static async Task<MobilizationDto> GetAsync(IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var mobilization = await db.Mobilizations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
                           ?? throw new NotFoundException("Mobilization", id);
        var entries = db.RosterEntries;
        var rosters = await db.Rosters.AsNoTracking()
            .Where(r => r.MobilizationId == id)
            .OrderBy(r => r.Date)
            .Select(r => new
            {
                r.Date,
                r.ActiveRequested,
                ActiveFilled = entries.Count(e => e.RosterId == r.Id && e.Slot == RosterSlot.Active && e.Status != RosterEntryStatus.Declined),
                Unanswered = entries.Count(e => e.RosterId == r.Id && e.Slot == RosterSlot.Active
                                                && (e.Status == RosterEntryStatus.Notified || e.Status == RosterEntryStatus.CalledUp)),
            })
            .ToListAsync(cancellationToken);
        return mobilization.ToDto(
            [.. rosters.Select(r => new RosterSummaryDto(r.Date, r.ActiveFilled, r.Unanswered, Roster.Shortfall(r.ActiveRequested, r.ActiveFilled)))]);
    }

    /// <summary>One day's roster with every entry.</summary>
    public static async Task<RosterDto> GetRosterAsync(IApplicationDbContext db, Guid mobilizationId, DateOnly date, CancellationToken cancellationToken)
    {
        var roster = await db.Rosters.AsNoTracking().SingleOrDefaultAsync(r => r.MobilizationId == mobilizationId && r.Date == date, cancellationToken)
                     ?? throw new NotFoundException($"No roster of mobilisation '{mobilizationId}' for {date:yyyy-MM-dd}.");
        var rows = await db.RosterEntries.AsNoTracking().Where(e => e.RosterId == roster.Id).ProjectToRows().ToListAsync(cancellationToken);
        return RosterViews.ToDto(roster, rows);
    }
}
