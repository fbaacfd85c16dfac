using Volunteers.Domain.Common;

namespace Volunteers.Domain.Webhooks;

/// <summary>
/// One event on its way to one subscription. Failed attempts are retried with exponential backoff (30 s, 1 min,
/// 2 min, … at most 4 h apart) until the receiver accepts it; once a failure happens 24 h or more after the
/// event, the delivery is marked failed. While a dispatcher works on it, it holds a lease
/// (<see cref="LeaseOwner"/> until <see cref="LeaseUntil"/>) so that no other instance sends it at the same time.
/// </summary>
public sealed class WebhookDelivery : Entity<Guid>
{
    public const int MaxErrorLength = 500;
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromHours(24);
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(4);

    private WebhookDelivery()
    {
    }

    public Guid SubscriptionId { get; private set; }

    /// <summary>The event's id (the outbox message), the same for every subscription; receivers deduplicate by it.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = null!;
    public WebhookDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }

    public static WebhookDelivery Schedule(Guid subscriptionId, Guid eventId, string eventType, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubscriptionId = subscriptionId,
        EventId = eventId,
        EventType = eventType,
        Status = WebhookDeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt: doubling from 30 s, capped at 4 h.</summary>
    public static TimeSpan RetryDelay(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = FirstRetryDelay * Math.Pow(2, exponent);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    public void RecordSuccess(DateTimeOffset now, int statusCode)
    {
        EnsurePending();
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = null;
        DeliveredAt = now;
        Status = WebhookDeliveryStatus.Succeeded;
        ReleaseLease();
    }

    /// <summary>Counts a failed attempt and schedules the next one, or gives up once the retry period is over.</summary>
    public void RecordFailure(DateTimeOffset now, int? statusCode, string error)
    {
        EnsurePending();
        Attempts++;
        LastAttemptAt = now;
        LastStatusCode = statusCode;
        LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (now - CreatedAt >= RetryPeriod)
        {
            Status = WebhookDeliveryStatus.Failed;
        }
        else
        {
            NextAttemptAt = now + RetryDelay(Attempts);
        }

        ReleaseLease();
    }

    /// <summary>The subscription went away: a pending delivery will not be attempted any more.</summary>
    public void Cancel()
    {
        if (Status == WebhookDeliveryStatus.Pending)
        {
            Status = WebhookDeliveryStatus.Cancelled;
            ReleaseLease();
        }
    }

    private void EnsurePending()
    {
        if (Status != WebhookDeliveryStatus.Pending)
        {
            throw new DomainRuleViolationException("webhook-delivery-not-pending", $"The delivery is already {Status}.");
        }
    }

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }
}
