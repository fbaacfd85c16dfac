using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Plans.GetSchoolPlanFigures;

/// <summary>
/// The school's figures for a calendar year (HQ dates) against its plan, computed with aggregate queries.
/// Reusable by the statistics: send this query for the current year.
/// </summary>
public sealed record GetSchoolPlanFiguresQuery(int Year) : IQuery<SchoolPlanFiguresDto>;

public sealed class GetSchoolPlanFiguresQueryValidator : AbstractValidator<GetSchoolPlanFiguresQuery>
{
    public GetSchoolPlanFiguresQueryValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(SchoolPlan.FirstYear, SchoolPlan.LastYear).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
}

public sealed class GetSchoolPlanFiguresQueryHandler(IApplicationDbContext db) : IQueryHandler<GetSchoolPlanFiguresQuery, SchoolPlanFiguresDto>
{
    public async ValueTask<SchoolPlanFiguresDto> Handle(GetSchoolPlanFiguresQuery query, CancellationToken cancellationToken) =>
        await db.SchoolPlanFiguresAsync(query.Year, cancellationToken);
}

internal static class SchoolPlanFigures
{
    public static async Task<SchoolPlanFiguresDto> SchoolPlanFiguresAsync(this IApplicationDbContext db, int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);

        var target = await db.SchoolPlans.AsNoTracking().Where(p => p.Year == year).Select(p => (int?)p.Target).SingleOrDefaultAsync(cancellationToken);

        // Enrolled once, in the year of the first introductory cohort they joined (a retry in a later year is no new enrolment).
        var enrolled = await db.TrainingCohorts
            .Where(c => c.Stage == StageKind.Introductory)
            .SelectMany(c => c.Members, (cohort, member) => new { member.VolunteerId, cohort.StartsOn })
            .GroupBy(x => x.VolunteerId)
            .Select(g => g.Min(x => x.StartsOn))
            .CountAsync(firstCohort => firstCohort >= first && firstCohort <= last, cancellationToken);

        // A stage counts in the year it was first passed (a second specialisation is no new pass).
        var passed = await db.StageResults
            .Where(r => r.Outcome == StageOutcome.Passed)
            .GroupBy(r => new { r.Stage, r.VolunteerId })
            .Select(g => new { g.Key.Stage, FirstPassed = g.Min(r => r.DecidedOn) })
            .Where(x => x.FirstPassed >= first && x.FirstPassed <= last)
            .GroupBy(x => x.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var passedByStage = Enum.GetValues<StageKind>().ToDictionary(stage => stage, stage => passed.SingleOrDefault(p => p.Stage == stage)?.Count ?? 0);

        var becameActive = await db.Volunteers.CountAsync(v => v.SchoolPassedOn >= first && v.SchoolPassedOn <= last, cancellationToken);

        return new SchoolPlanFiguresDto(year, target, enrolled, passedByStage, becameActive);
    }
}
