namespace Volunteers.Domain.Idempotency;

/// <summary>
/// The first answer to a create request sent with an <c>Idempotency-Key</c>, so that a retry with the same key and
/// body gets the same answer instead of creating a second thing.
/// </summary>
public sealed class IdempotencyRecord
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(48);

    private IdempotencyRecord()
    {
    }

    /// <summary>Who sent it (account, partner or client address), so keys of different callers never collide.</summary>
    public string Scope { get; private set; } = null!;
    public string Key { get; private set; } = null!;
    public string RequestHash { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public bool IsCompleted { get; private set; }
    public int StatusCode { get; private set; }
    public string? ContentType { get; private set; }
    public string? Location { get; private set; }
    public byte[]? Body { get; private set; }

    public static IdempotencyRecord Begin(string scope, string key, string requestHash, DateTimeOffset now) => new()
    {
        Scope = scope,
        Key = key,
        RequestHash = requestHash,
        CreatedAt = now,
    };

    public void Complete(int statusCode, string? contentType, string? location, byte[] body)
    {
        IsCompleted = true;
        StatusCode = statusCode;
        ContentType = contentType;
        Location = location;
        Body = body;
    }
}
