namespace Volunteers.Application.Common.Exceptions;

/// <summary>The client edited a stale version of the resource (412 for a stale <c>If-Match</c>).</summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
        : base("The resource was changed by someone else; fetch it again and retry.")
    {
    }

    public PreconditionFailedException(string message)
        : base(message)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
