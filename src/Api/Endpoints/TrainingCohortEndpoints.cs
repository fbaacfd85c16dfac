using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.School.Cohorts.AddCohortMember;
using Volunteers.Application.School.Cohorts.CompleteTrainingCohort;
using Volunteers.Application.School.Cohorts.CreateTrainingCohort;
using Volunteers.Application.School.Cohorts.GetTrainingCohort;
using Volunteers.Application.School.Cohorts.ListTrainingCohorts;
using Volunteers.Application.School.Cohorts.RecordAttendance;
using Volunteers.Application.School.Cohorts.ScheduleLesson;
using Volunteers.Application.School.Cohorts;
using Volunteers.Domain.School;

namespace Volunteers.Api.Endpoints;

internal static class TrainingCohortEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var cohorts = api.MapGroup("/training-cohorts").WithTags("TrainingCohorts");
        cohorts.MapPost("/", CreateTrainingCohort).WithName("createTrainingCohort").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(400, 409);
        cohorts.MapGet("/", ListTrainingCohorts).WithName("listTrainingCohorts").RequirePolicy(Policies.Trainers).ProducesProblems(400);
        cohorts.MapGet("/{id:guid}", GetTrainingCohort).WithName("getTrainingCohort").RequirePolicy(Policies.Trainers).ProducesProblems(403, 404);
        cohorts.MapPost("/{id:guid}/members", AddCohortMember).WithName("addCohortMember").RequirePolicy(Policies.Staff).Idempotent().ProducesProblems(400, 404, 409);
        cohorts.MapPost("/{id:guid}/lessons", ScheduleLesson).WithName("scheduleCohortLesson").RequirePolicy(Policies.Trainers).Idempotent().ProducesProblems(400, 404, 409);
        cohorts.MapPut("/{id:guid}/lessons/{lessonId:guid}/attendance", RecordAttendance).WithName("recordLessonAttendance").RequirePolicy(Policies.Trainers).ProducesProblems(400, 404, 409);
        cohorts.MapPost("/{id:guid}/complete", CompleteTrainingCohort).WithName("completeTrainingCohort").RequirePolicy(Policies.Trainers).ProducesProblems(404, 409);
    }

    /// <summary>Open a cohort of the introductory or specialisation stage (coordinators, admins).</summary>
    /// <remarks>A specialisation cohort needs an active direction; the other stages have none. The practice stage has no cohorts (409 <c>cohort-practice-stage</c>): it is passed through campaign shifts.</remarks>
    public static async Task<Created<TrainingCohortDto>> CreateTrainingCohort(CreateTrainingCohortCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var cohort = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/training-cohorts/{cohort.Id}", cohort);
    }

    /// <summary>List cohorts, the latest start first (staff and trainers), by stage, direction, status (Open, Completed) and trainer.</summary>
    public static async Task<Ok<PagedList<TrainingCohortListItemDto>>> ListTrainingCohorts(
        ISender sender, CancellationToken cancellationToken,
        [FromQuery] int? stageId = null, [FromQuery] int? directionId = null, [FromQuery] CohortStatus? status = null, [FromQuery] Guid? trainerId = null,
        [FromQuery] int page = 1, [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListTrainingCohortsQuery(stageId, directionId, status, trainerId, page, pageSize), cancellationToken));

    /// <summary>Get a cohort with its members (attendance and, once completed, results) and its lessons (its trainer, coordinators and admins; other trainers 403).</summary>
    public static async Task<Ok<TrainingCohortDto>> GetTrainingCohort(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetTrainingCohortQuery(id), cancellationToken));

    /// <summary>Enrol a volunteer in a cohort (coordinators, admins).</summary>
    /// <remarks>
    /// Only a trainee who has reached the cohort's stage (or an active volunteer adding a specialisation); never twice in
    /// open cohorts of a stage; never above capacity. A specialisation outside the volunteer's directions needs
    /// <c>overrideDirection: true</c>, which is recorded. Each broken rule is a 409 whose <c>type</c> names it.
    /// </remarks>
    public static async Task<Created<CohortMemberDto>> AddCohortMember(Guid id, CohortMemberRequest body, ISender sender, CancellationToken cancellationToken)
    {
        var member = await sender.Send(new AddCohortMemberCommand(id, body.VolunteerId, body.OverrideDirection), cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/training-cohorts/{id}", member);
    }

    /// <summary>Add a lesson to a cohort (its trainer, coordinators, admins).</summary>
    public static async Task<Created<TrainingLessonDto>> ScheduleLesson(Guid id, LessonRequest body, ISender sender, CancellationToken cancellationToken)
    {
        var lesson = await sender.Send(new ScheduleLessonCommand(id, body.Topic, body.StartsAt, body.DurationMinutes, body.Location), cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/training-cohorts/{id}", lesson);
    }

    /// <summary>Record who was present at a lesson, replacing the previous record (the cohort's trainer, coordinators, admins).</summary>
    /// <remarks>Any lesson of an open cohort, at any time (attendance is often entered afterwards). Only members can be present.</remarks>
    public static async Task<Ok<TrainingLessonDto>> RecordAttendance(Guid id, Guid lessonId, AttendanceRequest body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordAttendanceCommand(id, lessonId, body.PresentVolunteerIds), cancellationToken));

    /// <summary>Complete a cohort and decide who passed the stage (the cohort's trainer, coordinators, admins).</summary>
    /// <remarks>
    /// Needs at least the stage's required lessons. Members whose attendance over the cohort's lessons reaches the stage's
    /// threshold pass and move on to the next stage; the others fail and may join a later cohort. Completing twice is a 409.
    /// </remarks>
    public static async Task<Ok<TrainingCohortDto>> CompleteTrainingCohort(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CompleteTrainingCohortCommand(id), cancellationToken));
}

/// <summary>Who joins the cohort.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="OverrideDirection">Staff enrol the volunteer in a specialisation outside their chosen directions (recorded).</param>
public sealed record CohortMemberRequest(Guid VolunteerId, bool OverrideDirection = false);

/// <summary>A lesson of a cohort.</summary>
/// <param name="Topic" example="First aid: bleeding and bandaging">What the lesson is about.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="DurationMinutes" example="90">How long it lasts, 1 to 1440 minutes.</param>
/// <param name="Location" example="Youth resource centre, room 204">Where it is held.</param>
[ValidatedAs(typeof(ScheduleLessonCommand))]
public sealed record LessonRequest(string Topic, DateTimeOffset StartsAt, int DurationMinutes, string Location);

/// <summary>Who was present at a lesson.</summary>
/// <param name="PresentVolunteerIds">Every member present; an empty list when nobody came.</param>
[ValidatedAs(typeof(RecordAttendanceCommand))]
public sealed record AttendanceRequest(IReadOnlyList<Guid>? PresentVolunteerIds);
