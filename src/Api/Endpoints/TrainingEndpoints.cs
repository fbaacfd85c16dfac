using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Http;
using Volunteers.Application.TrainingProgress;
using Volunteers.Application.TrainingProgress.GetVolunteerTraining;

namespace Volunteers.Api.Endpoints;

/// <summary>A volunteer's training, kept apart from the volunteer registry's endpoints.</summary>
internal static class TrainingEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/volunteers/{id:guid}/training", GetVolunteerTraining).WithName("getVolunteerTraining").WithTags("Volunteers")
            .RequirePolicy(Policies.SignedIn).ProducesProblems(404);

    /// <summary>A volunteer's progress through the three school stages.</summary>
    /// <remarks>Coordinators and admins see anyone's; a volunteer their own; a trainer that of the members of their cohorts. Others get 403.</remarks>
    public static async Task<Ok<VolunteerTrainingDto>> GetVolunteerTraining(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetVolunteerTrainingQuery(id), cancellationToken));
}
