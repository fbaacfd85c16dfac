namespace Volunteers.Application.Common.Exceptions;

/// <summary>
/// Too many wrong tries of a secret (429 with <c>Retry-After</c>): <see cref="Rule"/> names the limit as a problem type,
/// <see cref="RetryAfter"/> is the time until the next try is allowed.
/// </summary>
public sealed class TooManyTriesException : Exception
{
    public TooManyTriesException(string rule, string message, TimeSpan retryAfter)
        : base(message)
    {
        Rule = rule;
        RetryAfter = retryAfter;
    }

    public TooManyTriesException()
        : this("too-many-tries", "Too many wrong tries; wait before trying again.", TimeSpan.Zero)
    {
    }

    public TooManyTriesException(string message)
        : this("too-many-tries", message, TimeSpan.Zero)
    {
    }

    public TooManyTriesException(string message, Exception innerException)
        : base(message, innerException) => Rule = "too-many-tries";

    public string Rule { get; }

    public TimeSpan RetryAfter { get; }
}
