using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Mobilizations;

/// <summary>
/// Who is drawn onto a day's roster, fairly and explainably.
/// <para>Eligible: Active volunteers (not trainees, not those staff moved to Reserve, Suspended or Retired, never
/// anonymised people), not on any roster that day, working in one of the mobilisation's directions and living in one of
/// its districts when it names any.</para>
/// <para>Order: longest since last mobilised first (never mobilised before anyone), then fewest minutes worked in the
/// 30 days before the roster day, then volunteer id. "Mobilised" means holding an active place on a roster (also when
/// declined or called up from the reserve); waiting in a reserve that was never called does not count, so yesterday's
/// reserve comes first today.</para>
/// <para>The head of that order is everyone never mobilised who worked no minutes in those 30 days, by id alone. While
/// there are enough of them (the usual case: a roster takes a few thousand of a registry's tens of thousands), they are
/// read in id order through the primary key, stopping at the roster's size, instead of ranking every eligible
/// volunteer of the registry; only when too few are left does the full ranking run.</para>
/// </summary>
internal static class RosterSelection
{
    public const int RecentHoursDays = 30;

    public static async Task<List<Guid>> RankAsync(
        IApplicationDbContext db, IHqCalendar calendar, Mobilization mobilization, DateOnly date, CancellationToken cancellationToken)
    {
        var volunteers = db.Volunteers.Where(v => v.Status == VolunteerStatus.Active && v.AnonymizedAt == null);
        if (mobilization.DirectionIds.Count > 0)
        {
            var directionIds = mobilization.DirectionIds.ToList();
            volunteers = volunteers.Where(v => v.Directions.Any(d => directionIds.Contains(d.DirectionId)));
        }

        if (mobilization.Districts.Count > 0)
        {
            var districts = mobilization.Districts.ToList();
            volunteers = volunteers.Where(v => districts.Contains(v.DistrictCode));
        }

        var entries = db.RosterEntries;
        var activePlaces = entries.Where(e => e.Slot == RosterSlot.Active); // "mobilised", also when declined or called up
        var recentFrom = calendar.StartOf(date.AddDays(-RecentHoursDays));
        var recentTo = calendar.StartOf(date);
        var recentShifts = db.SignUps.Where(SignUp.Worked).Where(s => s.CheckedOutAt >= recentFrom && s.CheckedOutAt < recentTo);
        var eligible = volunteers.Where(v => !entries.Any(e => e.VolunteerId == v.Id && e.Date == date));
        var places = mobilization.DailyActive + mobilization.Reserve;

        // Never mobilised and no minutes worked (worked minutes are never negative): the whole order's first tier.
        var firstTier = await eligible
            .Where(v => !activePlaces.Any(e => e.VolunteerId == v.Id))
            .Where(v => !recentShifts.Any(s => s.VolunteerId == v.Id && s.WorkedMinutes > 0))
            .OrderBy(v => v.Id)
            .Select(v => v.Id)
            .Take(places)
            .ToListAsync(cancellationToken);
        if (firstTier.Count == places)
        {
            return firstTier;
        }

        return await eligible
            .Select(v => new
            {
                v.Id,
                // Never mobilised sorts as the earliest possible day, so first.
                LastMobilizedOn = activePlaces.Where(e => e.VolunteerId == v.Id).Max(e => (DateOnly?)e.Date) ?? DateOnly.MinValue,
                RecentMinutes = recentShifts.Where(s => s.VolunteerId == v.Id).Sum(s => s.WorkedMinutes!.Value),
            })
            .OrderBy(c => c.LastMobilizedOn)
            .ThenBy(c => c.RecentMinutes)
            .ThenBy(c => c.Id)
            .Take(places)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
    }
}
