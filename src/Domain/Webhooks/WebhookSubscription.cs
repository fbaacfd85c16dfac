using Volunteers.Domain.Common;

namespace Volunteers.Domain.Webhooks;

/// <summary>
/// A URL that receives the chosen events, signed with the subscription's own secret. Owned by a partner, or by
/// the HQ itself when an admin created it (<see cref="PartnerId"/> is then <c>null</c>).
/// </summary>
public sealed class WebhookSubscription : Entity<Guid>
{
    private WebhookSubscription()
    {
    }

    public Guid? PartnerId { get; private set; }
    public string Url { get; private set; } = null!;
    public IReadOnlyList<string> Events { get; private set; } = [];

    /// <summary>The HMAC key of the signatures. Kept in clear because signing needs it; shown to the owner once.</summary>
    public string Secret { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsActive => DeletedAt is null;

    public static WebhookSubscription Create(Guid? partnerId, Uri url, IEnumerable<string> events, string secret, DateTimeOffset now)
    {
        var chosen = events.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0)
        {
            throw new DomainRuleViolationException("webhook-event-required", "A subscription needs at least one event.");
        }

        if (chosen.FirstOrDefault(e => !WebhookEventTypes.IsKnown(e)) is { } unknown)
        {
            throw new DomainRuleViolationException("webhook-event-unknown", $"'{unknown}' is not a known event.");
        }

        return new WebhookSubscription
        {
            Id = Guid.CreateVersion7(now),
            PartnerId = partnerId,
            Url = url.AbsoluteUri,
            Events = chosen,
            Secret = secret,
            CreatedAt = now,
        };
    }

    /// <summary>Whether an event of <paramref name="type"/> that happened at <paramref name="occurredAt"/> goes to this subscription.</summary>
    public bool Wants(string type, DateTimeOffset occurredAt) =>
        IsActive && CreatedAt <= occurredAt && Events.Contains(type, StringComparer.Ordinal);

    public void Delete(DateTimeOffset now)
    {
        if (DeletedAt is not null)
        {
            throw new DomainRuleViolationException("webhook-already-deleted", "The subscription is already deleted.");
        }

        DeletedAt = now;
    }
}
