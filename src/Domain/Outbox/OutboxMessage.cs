namespace Volunteers.Domain.Outbox;

/// <summary>
/// An integration event, written in the same transaction as the change that caused it and delivered to other
/// systems afterwards. <see cref="Data"/> is the event's JSON payload.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = null!;
    public string Data { get; private set; } = null!;
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the dispatcher turned the event into deliveries to the subscriptions that want it.</summary>
    public DateTimeOffset? DispatchedAt { get; private set; }

    public static OutboxMessage Create(string type, string data, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Type = type,
        Data = data,
        OccurredAt = now,
    };
}
