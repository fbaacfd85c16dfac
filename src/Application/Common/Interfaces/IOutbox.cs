namespace Volunteers.Application.Common.Interfaces;

/// <summary>
/// Integration events for other systems (webhooks). <see cref="Add"/> puts the event into the current unit of work:
/// it is written by the use case's next <see cref="IApplicationDbContext.SaveChangesAsync"/>, in the same
/// transaction as the change that caused it, so a failed save writes no event and a saved change never loses its
/// event. Call it in the use case before saving:
/// <code>
/// campaign.Publish(clock.GetUtcNow());
/// outbox.Add(WebhookEventTypes.CampaignPublished, new { campaignId = campaign.Id, campaign.Title });
/// await db.SaveChangesAsync(cancellationToken);
/// </code>
/// A domain-event handler runs inside the save of the causing change; an event it adds is written by its own save, in
/// the same transaction.
/// </summary>
public interface IOutbox
{
    /// <param name="eventType">One of <c>WebhookEventTypes</c>.</param>
    /// <param name="data">The event's <c>data</c>, serialised as camelCase JSON with enums as strings. Ids and public facts only: no personal data.</param>
    void Add(string eventType, object data);
}
