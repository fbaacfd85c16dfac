using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Application.School.Plans.GetSchoolPlanFigures;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Statistics.GetStats;

public sealed record GetStatsQuery : IQuery<StatsDto>;

/// <summary>
/// Assembles the public figures from small aggregate queries, each counted in the database; no row is loaded.
/// </summary>
public sealed class GetStatsQueryHandler(IApplicationDbContext db, IHqCalendar calendar, IOptions<StatsOptions> options)
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
            await CampaignsCompletedAsync(cancellationToken),
            await VolunteerHoursAsync(cancellationToken),
            await HelpRequestsCompletedAsync(cancellationToken),
            await MobilisedOnAsync(today, cancellationToken));
    }

    private async Task<VolunteerStatsDto> VolunteersAsync(CancellationToken cancellationToken)
    {
        var counted = await db.Volunteers.AsNoTracking()
            .GroupBy(v => v.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var byStatus = Enum.GetValues<VolunteerStatus>().ToDictionary(s => s.ToString(), s => counted.GetValueOrDefault(s));

        // Straight from the direction rows' index: a join with the volunteers would look every one of them up.
        var perDirection = await db.VolunteerDirections.AsNoTracking()
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

    /// <summary>The year's school plan: the target, who enrolled, and who passed the whole school (the school's own figures).</summary>
    private async Task<SchoolPlanStatsDto> SchoolPlanAsync(int year, CancellationToken cancellationToken)
    {
        var figures = await db.SchoolPlanFiguresAsync(year, cancellationToken);
        return new SchoolPlanStatsDto(year, figures.Target ?? 0, figures.Enrolled, figures.BecameActive);
    }

    private Task<int> CampaignsCompletedAsync(CancellationToken cancellationToken) =>
        db.Campaigns.CountAsync(c => c.Status == CampaignStatus.Completed, cancellationToken);

    private Task<int> HelpRequestsCompletedAsync(CancellationToken cancellationToken) =>
        db.HelpRequests.CountAsync(h => h.Status == HelpRequestStatus.Completed, cancellationToken);

    /// <summary>Minutes of every completed shift, summed in the database.</summary>
    private async Task<decimal> VolunteerHoursAsync(CancellationToken cancellationToken)
    {
        var minutes = await db.SignUps.Where(SignUp.Worked).SumAsync(s => (long)s.WorkedMinutes!.Value, cancellationToken);
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
