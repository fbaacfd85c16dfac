using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Volunteers.Api.Security;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Webhooks.CreateWebhookSubscription;
using Volunteers.Application.Webhooks.DeleteWebhookSubscription;
using Volunteers.Application.Webhooks.GetWebhookSubscription;
using Volunteers.Application.Webhooks.ListWebhookDeliveries;
using Volunteers.Application.Webhooks.ListWebhookSubscriptions;
using Volunteers.Application.Webhooks;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Api.Endpoints;

internal static class WebhookEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        webhooks.MapPost("/", CreateWebhookSubscription).WithName("createWebhookSubscription").RequirePolicy(Policies.AdminOrPartner).Idempotent().ProducesProblems(400);
        webhooks.MapGet("/", ListWebhookSubscriptions).WithName("listWebhookSubscriptions").RequirePolicy(Policies.AdminOrPartner).ProducesProblems(400);
        webhooks.MapGet("/{id:guid}", GetWebhookSubscription).WithName("getWebhookSubscription").RequirePolicy(Policies.AdminOrPartner).ProducesProblems(404);
        webhooks.MapDelete("/{id:guid}", DeleteWebhookSubscription).WithName("deleteWebhookSubscription").RequirePolicy(Policies.AdminOrPartner).ProducesProblems(404);
        webhooks.MapGet("/{id:guid}/deliveries", ListWebhookDeliveries).WithName("listWebhookDeliveries").RequirePolicy(Policies.AdminOrPartner).ProducesProblems(400, 404);
    }

    /// <summary>Subscribe a URL to events (Admin for the HQ, or a partner for itself).</summary>
    /// <remarks>
    /// Events are POSTed as JSON <c>{id, type, occurredAt, data}</c> and signed in <c>X-Volunteers-Signature</c> with the
    /// subscription's secret, which is shown only in this answer. A partner may subscribe only to events its scopes let
    /// it read (campaign.* needs campaigns:read, help-request.* help-requests:read, mobilization.* mobilizations:read).
    /// </remarks>
    public static async Task<Created<WebhookSubscriptionCreatedDto>> CreateWebhookSubscription(
        CreateWebhookSubscriptionCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
    }

    /// <summary>List active webhook subscriptions, newest first: all for an admin, its own for a partner.</summary>
    public static async Task<Ok<PagedList<WebhookSubscriptionDto>>> ListWebhookSubscriptions(
        ISender sender, CancellationToken cancellationToken, [FromQuery] int page = 1, [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListWebhookSubscriptionsQuery(page, pageSize), cancellationToken));

    /// <summary>Get a webhook subscription (Admin, or the partner that owns it).</summary>
    public static async Task<Ok<WebhookSubscriptionDto>> GetWebhookSubscription(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWebhookSubscriptionQuery(id), cancellationToken));

    /// <summary>Delete a webhook subscription (Admin, or the partner that owns it); its pending deliveries are cancelled.</summary>
    public static async Task<NoContent> DeleteWebhookSubscription(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteWebhookSubscriptionCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>List a subscription's deliveries, newest first, with attempts, status and the last error (Admin, or the owning partner).</summary>
    /// <remarks>Failed attempts are retried with exponential backoff (30 s doubling, at most 4 h apart) for 24 hours, then the delivery is Failed.</remarks>
    public static async Task<Ok<PagedList<WebhookDeliveryDto>>> ListWebhookDeliveries(
        Guid id, ISender sender, CancellationToken cancellationToken,
        [FromQuery] WebhookDeliveryStatus? status = null, [FromQuery] int page = 1, [FromQuery] int pageSize = IPagedQuery.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListWebhookDeliveriesQuery(id, status, page, pageSize), cancellationToken));
}
