using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.HelpRequests.AssignHelpRequest;
using Volunteers.Application.HelpRequests.CancelHelpRequest;
using Volunteers.Application.HelpRequests.CompleteHelpRequest;
using Volunteers.Application.HelpRequests.CreateHelpRequest;
using Volunteers.Application.HelpRequests.GetHelpRequest;
using Volunteers.Application.HelpRequests.ListHelpRequests;
using Volunteers.Application.HelpRequests;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class HelpRequestEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/help-requests").WithTags("HelpRequests");
        requests.MapPost("/", CreateHelpRequest).WithName("createHelpRequest").RequirePolicy(Policies.StaffOrScope(PartnerScopes.HelpRequestsWrite)).Idempotent().ProducesProblems(400);
        requests.MapGet("/", ListHelpRequests).WithName("listHelpRequests").RequirePolicy(Policies.StaffOrScope(PartnerScopes.HelpRequestsRead)).ProducesProblems(400);
        requests.MapGet("/{id:guid}", GetHelpRequest).WithName("getHelpRequest").RequirePolicy(Policies.StaffOrScope(PartnerScopes.HelpRequestsRead)).ProducesProblems(404);
        requests.MapPost("/{id:guid}/assign", AssignHelpRequest).WithName("assignHelpRequest").RequirePolicy(Policies.Staff).ProducesProblems(400, 404, 409);
        requests.MapPost("/{id:guid}/complete", CompleteHelpRequest).WithName("completeHelpRequest").RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
        requests.MapPost("/{id:guid}/cancel", CancelHelpRequest).WithName("cancelHelpRequest").RequirePolicy(Policies.Staff).ProducesProblems(404, 409);
    }

    /// <summary>Register a beneficiary's request for help (Coordinator, Admin, or a partner system with <c>help-requests:write</c>).</summary>
    /// <remarks>
    /// The phone is accepted in the usual Kazakh spellings and stored as E.164. The answer shows a partner the
    /// beneficiary's phone and address masked, as every read does: contact data is for staff only.
    /// </remarks>
    public static async Task<Created<HelpRequestDto>> CreateHelpRequest(CreateHelpRequestCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var request = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"{ApiRoutes.Base}/help-requests/{request.Id}", request);
    }

    /// <summary>List help requests, newest first, by status, kind and district (Coordinator, Admin, or a partner with <c>help-requests:read</c>).</summary>
    /// <remarks>Partners see the beneficiary's phone masked and no address: contact data is for staff only.</remarks>
    public static async Task<Ok<PagedList<HelpRequestDto>>> ListHelpRequests(
        ISender sender,
        CancellationToken cancellationToken,
        [FromQuery] HelpRequestStatus? status = null,
        [FromQuery] HelpKind? kind = null,
        [FromQuery] string? district = null,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListHelpRequestsQuery(status, kind, district, page, pageSize), cancellationToken));

    /// <summary>Get one help request (Coordinator, Admin, or a partner with <c>help-requests:read</c>).</summary>
    /// <remarks>Partners see the beneficiary's phone masked and no address: contact data is for staff only.</remarks>
    public static async Task<Ok<HelpRequestDto>> GetHelpRequest(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetHelpRequestQuery(id), cancellationToken));

    /// <summary>Assign a new request to a shift (Coordinator, Admin).</summary>
    public static async Task<Ok<HelpRequestDto>> AssignHelpRequest(Guid id, ShiftAssignment body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new AssignHelpRequestCommand(id, body.ShiftId), cancellationToken));

    /// <summary>Mark an assigned request as completed (Coordinator, Admin).</summary>
    public static async Task<Ok<HelpRequestDto>> CompleteHelpRequest(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CompleteHelpRequestCommand(id), cancellationToken));

    /// <summary>Cancel a request that is new or assigned (Coordinator, Admin).</summary>
    public static async Task<Ok<HelpRequestDto>> CancelHelpRequest(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CancelHelpRequestCommand(id), cancellationToken));
}

/// <summary>The shift that takes care of a request.</summary>
/// <param name="ShiftId">A shift of a campaign that is not completed or cancelled.</param>
public sealed record ShiftAssignment(Guid ShiftId);
