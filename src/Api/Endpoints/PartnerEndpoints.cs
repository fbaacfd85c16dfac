using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Partners.CreatePartner;
using Volunteers.Application.Partners.GetPartner;
using Volunteers.Application.Partners.ListPartners;
using Volunteers.Application.Partners.RevokePartner;
using Volunteers.Application.Partners;

namespace Volunteers.Api.Endpoints;

internal static class PartnerEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners").WithTags("Partners");
        partners.MapPost("/", CreatePartner).WithName("createPartner").RequirePolicy(Policies.Admin).Idempotent().ProducesProblems(400, 409);
        partners.MapGet("/", ListPartners).WithName("listPartners").RequirePolicy(Policies.Admin).ProducesProblems(400);
        partners.MapGet("/{id:guid}", GetPartner).WithName("getPartner").RequirePolicy(Policies.Admin).ProducesProblems(404);
        partners.MapPost("/{id:guid}/revoke", RevokePartner).WithName("revokePartner").RequirePolicy(Policies.Admin).ProducesProblems(404, 409);
    }

    /// <summary>Register a partner system and issue its API key (Admin).</summary>
    /// <remarks>The key is shown only in this answer and stored only as a hash; the partner sends it as <c>X-Api-Key</c>.</remarks>
    public static async Task<Created<PartnerCreatedDto>> CreatePartner(CreatePartnerCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/partners/{created.Id}", created);
    }

    /// <summary>Get one partner system: name, scopes, key prefix and whether it is active (never the key).</summary>
    public static async Task<Ok<PartnerDto>> GetPartner(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPartnerQuery(id), cancellationToken));

    /// <summary>List partner systems, newest first, revoked ones included (Admin).</summary>
    public static async Task<Ok<PagedList<PartnerDto>>> ListPartners(
        ISender sender, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListPartnersQuery(page, pageSize), cancellationToken));

    /// <summary>Revoke a partner's API key (Admin): it stops working at once, and the partner's webhook subscriptions are removed.</summary>
    public static async Task<NoContent> RevokePartner(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokePartnerCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
