namespace Volunteers.Client;

/// <summary>The headers the API's contract names, read from a wrapped answer.</summary>
public partial class ApiResponse
{
    /// <summary>The version of the answer; send it back in <c>If-None-Match</c>, or in <c>If-Match</c> when editing.</summary>
    public string? ETag => Header("ETag");

    /// <summary>Where a created resource lives (201 answers).</summary>
    public string? Location => Header("Location");

    /// <summary>The answer is the stored one of an earlier request with the same <c>Idempotency-Key</c>.</summary>
    public bool IdempotentReplayed => string.Equals(Header("Idempotent-Replayed"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first value of a response header, whatever its letter case.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
