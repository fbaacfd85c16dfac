using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Caching;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Directions.CreateDirection;
using Volunteers.Application.Directions.DeactivateDirection;
using Volunteers.Application.Directions.GetDirection;
using Volunteers.Application.Directions.ListDirections;
using Volunteers.Application.Directions.UpdateDirection;
using Volunteers.Application.Directions;
using Volunteers.Application.Districts.ListDistricts;
using Volunteers.Application.School.Stages.ListTrainingStages;
using Volunteers.Application.School.Stages.UpdateTrainingStage;
using Volunteers.Application.School.Stages;

namespace Volunteers.Api.Endpoints;

internal static class ReferenceDataEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var directions = api.MapGroup("/directions").WithTags("Directions");
        directions.MapGet("/", ListDirections).WithName("listDirections").CachedPublicly(PublicReadTags.Directions);
        directions.MapGet("/{id:int}", GetDirection).WithName("getDirection").ProducesProblems(404);
        directions.MapPost("/", CreateDirection).WithName("createDirection").RequirePolicy(Policies.Admin).Idempotent().ProducesProblems(400, 409);
        directions.MapPut("/{id:int}", UpdateDirection).WithName("updateDirection").RequirePolicy(Policies.Admin).ProducesProblems(400, 404);
        directions.MapPost("/{id:int}/deactivate", DeactivateDirection).WithName("deactivateDirection").RequirePolicy(Policies.Admin).ProducesProblems(404, 409);

        api.MapGet("/districts", ListDistricts).WithName("listDistricts").WithTags("Districts").CachedPublicly(PublicReadTags.Districts);

        var stages = api.MapGroup("/training-stages").WithTags("TrainingStages");
        stages.MapGet("/", ListTrainingStages).WithName("listTrainingStages").CachedPublicly(PublicReadTags.TrainingStages);
        stages.MapPut("/{id:int}", UpdateTrainingStage).WithName("updateTrainingStage").RequirePolicy(Policies.Admin).ProducesProblems(400, 404, 409);
    }

    /// <summary>List the directions of volunteer work (public).</summary>
    public static async Task<Ok<IReadOnlyList<DirectionDto>>> ListDirections(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDirectionsQuery(), cancellationToken));

    /// <summary>Get one direction (public).</summary>
    public static async Task<Ok<DirectionDto>> GetDirection(int id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDirectionQuery(id), cancellationToken));

    /// <summary>Add a direction (Admin).</summary>
    public static async Task<Created<DirectionDto>> CreateDirection(CreateDirectionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var direction = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/directions/{direction.Id}", direction);
    }

    /// <summary>Rename or re-describe a direction (Admin). Its code never changes.</summary>
    public static async Task<Ok<DirectionDto>> UpdateDirection(int id, DirectionTexts body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UpdateDirectionCommand(id, body.Name, body.Description), cancellationToken));

    /// <summary>Deactivate a direction (Admin): no new applications or campaigns in it; history keeps it.</summary>
    public static async Task<Ok<DirectionDto>> DeactivateDirection(int id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new DeactivateDirectionCommand(id), cancellationToken));

    /// <summary>List the districts of the capital (public); payloads carry their codes in <c>district</c>.</summary>
    public static async Task<Ok<IReadOnlyList<DistrictDto>>> ListDistricts(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListDistrictsQuery(), cancellationToken));

    /// <summary>List the three stages of the volunteer school and how each is passed (public).</summary>
    public static async Task<Ok<IReadOnlyList<TrainingStageDto>>> ListTrainingStages(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTrainingStagesQuery(), cancellationToken));

    /// <summary>Change a stage's texts and pass rules (Admin). Order and kind are fixed.</summary>
    public static async Task<Ok<TrainingStageDto>> UpdateTrainingStage(int id, TrainingStageSettings body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new UpdateTrainingStageCommand(id, body.Name, body.Description, body.RequiredLessons, body.PassThresholdPercent, body.RequiredShifts),
            cancellationToken));
}

/// <summary>A direction's name and description.</summary>
/// <param name="Name">Name in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
[ValidatedAs(typeof(UpdateDirectionCommand))]
public sealed record DirectionTexts(LocalizedTextDto Name, LocalizedTextDto Description);

/// <summary>A training stage's texts and pass rules.</summary>
/// <param name="Name">Name in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
/// <param name="RequiredLessons" example="10">Lessons a cohort holds at least.</param>
/// <param name="PassThresholdPercent" example="80">Attendance needed to pass, 1–100.</param>
/// <param name="RequiredShifts" example="1">Completed shifts needed (practice stage).</param>
[ValidatedAs(typeof(UpdateTrainingStageCommand))]
public sealed record TrainingStageSettings(LocalizedTextDto Name, LocalizedTextDto Description, int RequiredLessons, int PassThresholdPercent, int RequiredShifts);
