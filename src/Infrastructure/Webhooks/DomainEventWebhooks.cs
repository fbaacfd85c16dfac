using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.HelpRequests;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Common;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Infrastructure.Webhooks;

/// <summary>
/// Turns the domain events that partners hear about into outbox messages inside the save that raised them, so the
/// change and its webhook event commit (or fail) together, and no use case has to remember to publish them.
/// </summary>
public sealed class DomainEventWebhooks(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>The webhook a domain event becomes, if any. Data carries ids and public facts only, never personal data.</summary>
    public static (string Type, object Data)? ToWebhook(IDomainEvent domainEvent) => domainEvent switch
    {
        ApplicationApproved e => (WebhookEventTypes.ApplicationApproved, new { e.ApplicationId, e.VolunteerId }),
        CampaignPublished e => (WebhookEventTypes.CampaignPublished, new { e.CampaignId, e.PublishedAt }),
        CampaignCompleted e => (WebhookEventTypes.CampaignCompleted, new { e.CampaignId, e.CompletedAt }),
        HelpRequestCompleted e => (WebhookEventTypes.HelpRequestCompleted, new { e.HelpRequestId, e.Kind, e.CompletedAt }),
        RosterCreated e => (WebhookEventTypes.MobilizationRosterCreated,
            new { e.MobilizationId, e.RosterId, e.Date, e.ActiveVolunteerIds, e.ReserveVolunteerIds, e.RespondBy }),
        VolunteerCalledUp e => (WebhookEventTypes.MobilizationCalledUp,
            new { e.MobilizationId, e.RosterId, e.Date, e.VolunteerId, e.ReplacedVolunteerId, e.RespondBy }),
        _ => null,
    };

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var now = clock.GetUtcNow();
            var messages = context.ChangeTracker.Entries<IHasDomainEvents>()
                .SelectMany(e => e.Entity.DomainEvents)
                .Select(ToWebhook)
                .OfType<(string Type, object Data)>()
                .Select(w => EfOutbox.Message(w.Type, w.Data, now))
                .ToList();
            context.AddRange(messages);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
