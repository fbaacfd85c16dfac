using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Statistics.GetStats;

public sealed record GetStatsQuery : IQuery<StatsDto>;

/// <summary>
/// Assembles the public figures from small aggregate queries, each counted in the database; no row is loaded.
/// Campaigns, help requests and school plans are features of their own: the figures that rest on them are added with
/// them (one aggregate each, in the marked methods below).
/// </summary>
public sealed class GetStatsQueryHandler(IApplicationDbContext db, IVolunteerHours hours, IHqCalendar calendar, IOptions<StatsOptions> options)
    : IQueryHandler<GetStatsQuery, StatsDto>
{
    public async ValueTask<StatsDto> Handle(GetStatsQuery query, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var settings = options.Value;
        return new StatsDto(
            await VolunteersAsync(cancellationToken),
            new TrainedStatsDto(settings.HistoricalTrainedBaseline + await TrainedHereAsync(cancellationToken), settings.HistoricalTrainedSince),
            await SchoolPlanAsync(today.Year, cancellationToken),
            CampaignsCompleted(),
            await VolunteerHoursAsync(cancellationToken),
            HelpRequestsCompleted(),
            await MobilisedOnAsync(today, cancellationToken));
    }

    private async Task<VolunteerStatsDto> VolunteersAsync(CancellationToken cancellationToken)
    {
        var counted = await db.Volunteers.AsNoTracking()
            .GroupBy(v => v.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var byStatus = Enum.GetValues<VolunteerStatus>().ToDictionary(s => s.ToString(), s => counted.GetValueOrDefault(s));

        var perDirection = await db.Volunteers.AsNoTracking()
            .SelectMany(v => v.Directions)
            .GroupBy(d => d.DirectionId)
            .Select(g => new { DirectionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.DirectionId, g => g.Count, cancellationToken);
        var byDirection = await db.Directions.AsNoTracking()
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Code })
            .ToListAsync(cancellationToken);

        return new VolunteerStatsDto(
            byStatus.Values.Sum(),
            byStatus,
            [.. byDirection.Select(d => new DirectionCountDto(d.Id, d.Code, perDirection.GetValueOrDefault(d.Id)))]);
    }

    /// <summary>Everyone who passed the school here or was imported as already trained.</summary>
    private Task<int> TrainedHereAsync(CancellationToken cancellationToken) =>
        db.Volunteers.CountAsync(v => v.SchoolPassedOn != null, cancellationToken);

    /// <summary>
    /// Passed: who passed the school (or was imported as trained) this year. Target and enrolled come from the school's
    /// plans and cohorts (the school feature): none exist in this build.
    /// </summary>
    private async Task<SchoolPlanStatsDto> SchoolPlanAsync(int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var passed = await db.Volunteers.CountAsync(v => v.SchoolPassedOn >= from && v.SchoolPassedOn <= to, cancellationToken);
        return new SchoolPlanStatsDto(year, Target: 0, Enrolled: 0, passed);
    }

    /// <summary>Completed campaigns: a count over the campaigns feature's table, which this build does not have yet.</summary>
    private static int CampaignsCompleted() => 0;

    /// <summary>Completed help requests: a count over the help-requests feature's table, which this build does not have yet.</summary>
    private static int HelpRequestsCompleted() => 0;

    /// <summary>Minutes of every completed shift, summed in the database.</summary>
    private async Task<decimal> VolunteerHoursAsync(CancellationToken cancellationToken)
    {
        var minutes = await hours.WorkedShifts.SumAsync(s => (long)s.Minutes, cancellationToken);
        return Math.Round(minutes / 60m, 1);
    }

    /// <summary>People on the day's rosters (active or reserve) who have not declined; one roster a day per person.</summary>
    private Task<int> MobilisedOnAsync(DateOnly date, CancellationToken cancellationToken) =>
        (from roster in db.Rosters
         where roster.Date == date
         join entry in db.RosterEntries on roster.Id equals entry.RosterId
         where entry.Status != RosterEntryStatus.Declined
         select entry.Id).CountAsync(cancellationToken);
}
