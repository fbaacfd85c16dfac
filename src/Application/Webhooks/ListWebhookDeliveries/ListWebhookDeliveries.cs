using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Application.Webhooks.ListWebhookDeliveries;

/// <summary>The deliveries of a subscription the caller may manage, newest first, optionally of one status.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid SubscriptionId, WebhookDeliveryStatus? Status = null, int Page = 1, int PageSize = IPagedQuery.DefaultPageSize)
    : IQuery<PagedList<WebhookDeliveryDto>>, IPagedQuery;

public sealed class ListWebhookDeliveriesQueryValidator : PagedQueryValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator() => RuleFor(x => x.Status).IsInEnum();
}

public sealed class ListWebhookDeliveriesQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListWebhookDeliveriesQuery, PagedList<WebhookDeliveryDto>>
{
    public async ValueTask<PagedList<WebhookDeliveryDto>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.WebhookSubscriptions.VisibleTo(user).AnyAsync(s => s.Id == query.SubscriptionId, cancellationToken))
        {
            throw new NotFoundException("Webhook subscription", query.SubscriptionId);
        }

        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == query.SubscriptionId);
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        var page = deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).ProjectToDto();
        return await PagedList<WebhookDeliveryDto>.CreateAsync(page, query, cancellationToken);
    }
}
