using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.StaffAccounts.CreateStaffAccount;
using Volunteers.Application.StaffAccounts.DeactivateStaffAccount;
using Volunteers.Application.StaffAccounts.GetStaffAccount;
using Volunteers.Application.StaffAccounts.ListStaffAccounts;
using Volunteers.Application.StaffAccounts;

namespace Volunteers.Api.Endpoints;

internal static class StaffAccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff-accounts").WithTags("StaffAccounts");
        staff.MapPost("/", CreateStaffAccount).WithName("createStaffAccount").RequirePolicy(Policies.Admin).Idempotent().ProducesProblems(400, 409);
        staff.MapGet("/", ListStaffAccounts).WithName("listStaffAccounts").RequirePolicy(Policies.Admin).ProducesProblems(400);
        staff.MapGet("/{id:guid}", GetStaffAccount).WithName("getStaffAccount").RequirePolicy(Policies.Admin).ProducesProblems(404);
        staff.MapPost("/{id:guid}/deactivate", DeactivateStaffAccount).WithName("deactivateStaffAccount").RequirePolicy(Policies.Admin).ProducesProblems(404, 409);
    }

    /// <summary>Create a staff account (Admin, Coordinator or Trainer) with an invitation to set a password.</summary>
    /// <remarks>The invitation token is shown only in this answer; hand it to the person, who redeems it at <c>POST /auth/accept-invitation</c>.</remarks>
    public static async Task<Created<StaffAccountCreatedDto>> CreateStaffAccount(CreateStaffAccountCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/staff-accounts/{created.Id}", created);
    }

    /// <summary>List staff accounts, newest first.</summary>
    public static async Task<Ok<PagedList<StaffAccountDto>>> ListStaffAccounts(
        ISender sender, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListStaffAccountsQuery(page, pageSize), cancellationToken));

    /// <summary>Get one staff account.</summary>
    public static async Task<Ok<StaffAccountDto>> GetStaffAccount(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetStaffAccountQuery(id), cancellationToken));

    /// <summary>Deactivate a staff account: it can neither sign in nor refresh any more.</summary>
    public static async Task<NoContent> DeactivateStaffAccount(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeactivateStaffAccountCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
