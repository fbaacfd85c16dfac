using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.School.Plans.GetSchoolPlanFigures;
using Volunteers.Application.School.Plans.SetSchoolPlan;
using Volunteers.Application.School.Plans;

namespace Volunteers.Api.Endpoints;

internal static class SchoolPlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/school-plans").WithTags("SchoolPlans");
        plans.MapPut("/{year:int}", SetSchoolPlan).WithName("setSchoolPlan").RequirePolicy(Policies.Admin).ProducesProblems(400);
        plans.MapGet("/{year:int}", GetSchoolPlan).WithName("getSchoolPlan").ProducesProblems(400);
    }

    /// <summary>Set the number of trainees the school plans to take in a year (Admin).</summary>
    public static async Task<Ok<SchoolPlanFiguresDto>> SetSchoolPlan(int year, SchoolPlanRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetSchoolPlanCommand(year, body.Target), cancellationToken));

    /// <summary>A year of the school against its plan (public): target, enrolled, passed per stage, became active.</summary>
    /// <remarks>
    /// <c>enrolled</c> counts volunteers whose first introductory cohort starts in the year; <c>passedByStage</c> those
    /// who first passed each stage in the year; <c>becameActive</c> those whose school was completed in the year.
    /// <c>target</c> is null when no plan was set.
    /// </remarks>
    public static async Task<Ok<SchoolPlanFiguresDto>> GetSchoolPlan(int year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSchoolPlanFiguresQuery(year), cancellationToken));
}

/// <summary>A year's plan.</summary>
/// <param name="Target" example="300">Trainees planned.</param>
[ValidatedAs(typeof(SetSchoolPlanCommand))]
public sealed record SchoolPlanRequest(int Target);
