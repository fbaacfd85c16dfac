namespace Volunteers.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this (403).</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException()
        : base("You are not allowed to do this.")
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
