using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Applications;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Certificates;
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
    /// <summary>
    /// The webhook a domain event of <paramref name="source"/> (the entity that raised it) becomes, if any. Data carries
    /// ids and public facts that spare a partner a call back (a campaign's title, dates and place), never personal data:
    /// an approved application is named by its ids and chosen directions, not by the applicant.
    /// </summary>
    public static (string Type, object Data)? ToWebhook(IHasDomainEvents source, IDomainEvent domainEvent) => domainEvent switch
    {
        ApplicationApproved e => (WebhookEventTypes.ApplicationApproved, ApprovedApplication((VolunteerApplication)source, e)),
        CampaignPublished e => (WebhookEventTypes.CampaignPublished, PublishedCampaign((Campaign)source, e)),
        CampaignCompleted e => (WebhookEventTypes.CampaignCompleted, new { e.CampaignId, Title = LocalizedTextDto.From(((Campaign)source).Title), e.CompletedAt }),
        HelpRequestCompleted e => (WebhookEventTypes.HelpRequestCompleted, new { e.HelpRequestId, e.Kind, ((HelpRequest)source).ShiftId, e.CompletedAt }),
        RosterCreated e => (WebhookEventTypes.MobilizationRosterCreated,
            new { e.MobilizationId, e.RosterId, e.Date, e.ActiveVolunteerIds, e.ReserveVolunteerIds, e.RespondBy }),
        VolunteerCalledUp e => (WebhookEventTypes.MobilizationCalledUp,
            new { e.MobilizationId, e.RosterId, e.Date, e.VolunteerId, e.ReplacedVolunteerId, e.RespondBy }),
        CertificateIssued e => (WebhookEventTypes.CertificateIssued,
            new { e.CertificateId, e.Code, e.VolunteerId, e.From, e.To, TotalHours = WorkedHours.FromTotalMinutes(e.TotalMinutes), e.IssuedAt }),
        _ => null,
    };

    private static object ApprovedApplication(VolunteerApplication application, ApplicationApproved e) =>
        new { e.ApplicationId, e.VolunteerId, application.DirectionIds, ApprovedAt = application.DecidedAt };

    private static object PublishedCampaign(Campaign campaign, CampaignPublished e) => new
    {
        e.CampaignId,
        Title = LocalizedTextDto.From(campaign.Title),
        campaign.DirectionId,
        campaign.Kind,
        District = campaign.DistrictCode,
        campaign.Location,
        campaign.StartsOn,
        campaign.EndsOn,
        e.PublishedAt,
    };

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var now = clock.GetUtcNow();
            var messages = context.ChangeTracker.Entries<IHasDomainEvents>()
                .SelectMany(e => e.Entity.DomainEvents.Select(domainEvent => ToWebhook(e.Entity, domainEvent)))
                .OfType<(string Type, object Data)>()
                .Select(w => EfOutbox.Message(w.Type, w.Data, now))
                .ToList();
            context.AddRange(messages);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
