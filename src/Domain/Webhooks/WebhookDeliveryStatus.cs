namespace Volunteers.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt failed for longer than the retry period; no more attempts.</summary>
    Failed,

    /// <summary>The subscription was deleted before the event could be delivered.</summary>
    Cancelled,
}
