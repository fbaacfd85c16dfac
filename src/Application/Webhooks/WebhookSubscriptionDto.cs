using Riok.Mapperly.Abstractions;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Application.Webhooks;

/// <summary>A webhook subscription; <c>partnerId</c> is empty for the HQ's own subscriptions. The secret is not shown again.</summary>
public sealed record WebhookSubscriptionDto(Guid Id, Guid? PartnerId, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt);

/// <summary>One event's delivery to a subscription, with the outcome of its latest attempt.</summary>
/// <param name="EventId">The event's id, the <c>id</c> of the payload; the same for every subscription.</param>
/// <param name="NextAttemptAt">When a pending delivery is tried next.</param>
public sealed record WebhookDeliveryDto(
    Guid Id,
    Guid EventId,
    string EventType,
    WebhookDeliveryStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? DeliveredAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class WebhookMappings
{
    public static partial IQueryable<WebhookSubscriptionDto> ProjectToDto(this IQueryable<WebhookSubscription> subscriptions);

    /// <summary>By hand, because <c>nextAttemptAt</c> is shown only while a delivery is pending.</summary>
    public static IQueryable<WebhookDeliveryDto> ProjectToDto(this IQueryable<WebhookDelivery> deliveries) =>
        deliveries.Select(d => new WebhookDeliveryDto(
            d.Id, d.EventId, d.EventType, d.Status, d.Attempts, d.CreatedAt,
            d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null,
            d.LastAttemptAt, d.LastStatusCode, d.LastError, d.DeliveredAt));
}
