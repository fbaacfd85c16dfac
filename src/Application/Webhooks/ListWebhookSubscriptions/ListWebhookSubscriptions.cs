using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;

namespace Volunteers.Application.Webhooks.ListWebhookSubscriptions;

/// <summary>Active webhook subscriptions, newest first: all of them for an admin, its own for a partner.</summary>
public sealed record ListWebhookSubscriptionsQuery(int Page = 1, int PageSize = IPagedQuery.DefaultPageSize)
    : IQuery<PagedList<WebhookSubscriptionDto>>, IPagedQuery;

public sealed class ListWebhookSubscriptionsQueryValidator : PagedQueryValidator<ListWebhookSubscriptionsQuery>;

public sealed class ListWebhookSubscriptionsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListWebhookSubscriptionsQuery, PagedList<WebhookSubscriptionDto>>
{
    public async ValueTask<PagedList<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var subscriptions = db.WebhookSubscriptions.AsNoTracking()
            .VisibleTo(user)
            .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
            .ProjectToDto();
        return await PagedList<WebhookSubscriptionDto>.CreateAsync(subscriptions, query, cancellationToken);
    }
}
