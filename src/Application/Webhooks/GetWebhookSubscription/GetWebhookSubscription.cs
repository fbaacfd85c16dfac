using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Webhooks.GetWebhookSubscription;

/// <summary>One active subscription the caller may manage; another partner's is a 404.</summary>
public sealed record GetWebhookSubscriptionQuery(Guid SubscriptionId) : IQuery<WebhookSubscriptionDto>;

public sealed class GetWebhookSubscriptionQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetWebhookSubscriptionQuery, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(GetWebhookSubscriptionQuery query, CancellationToken cancellationToken) =>
        await db.WebhookSubscriptions.AsNoTracking()
            .VisibleTo(user)
            .Where(s => s.Id == query.SubscriptionId)
            .ProjectToDto()
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Webhook subscription", query.SubscriptionId);
}
