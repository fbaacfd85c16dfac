using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Webhooks.DeleteWebhookSubscription;

/// <summary>Stop sending events to a subscription; its pending deliveries are cancelled.</summary>
public sealed record DeleteWebhookSubscriptionCommand(Guid SubscriptionId) : ICommand;

public sealed class DeleteWebhookSubscriptionCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeleteWebhookSubscriptionCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.WebhookSubscriptions.VisibleTo(user).SingleOrDefaultAsync(s => s.Id == command.SubscriptionId, cancellationToken)
                           ?? throw new NotFoundException("Webhook subscription", command.SubscriptionId);
        await db.RemoveWebhookSubscriptionsAsync([subscription], clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
