using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Application.Webhooks;

/// <summary>Who sees which subscriptions, and how they are removed.</summary>
public static class WebhookSubscriptionAccess
{
    /// <summary>Active subscriptions the caller may manage: all for an admin, its own for a partner, none otherwise.</summary>
    public static IQueryable<WebhookSubscription> VisibleTo(this IQueryable<WebhookSubscription> subscriptions, ICurrentUser user)
    {
        var active = subscriptions.Where(s => s.DeletedAt == null);
        if (user.IsAdmin())
        {
            return active;
        }

        return user.PartnerId is { } partnerId ? active.Where(s => s.PartnerId == partnerId) : active.Where(_ => false);
    }

    /// <summary>Deletes the subscriptions and cancels their pending deliveries, in the caller's unit of work.</summary>
    public static async Task RemoveWebhookSubscriptionsAsync(
        this IApplicationDbContext db, IReadOnlyCollection<WebhookSubscription> subscriptions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (subscriptions.Count == 0)
        {
            return;
        }

        var ids = subscriptions.Select(s => s.Id).ToList();
        var pending = await db.WebhookDeliveries
            .Where(d => ids.Contains(d.SubscriptionId) && d.Status == WebhookDeliveryStatus.Pending)
            .ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            subscription.Delete(now);
        }

        foreach (var delivery in pending)
        {
            delivery.Cancel();
        }
    }
}
