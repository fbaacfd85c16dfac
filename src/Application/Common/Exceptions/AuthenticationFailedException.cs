namespace Volunteers.Application.Common.Exceptions;

/// <summary>Credentials or a token were not accepted (401). The message never says which part was wrong.</summary>
public sealed class AuthenticationFailedException : Exception
{
    public AuthenticationFailedException()
        : base("The credentials are not valid.")
    {
    }

    public AuthenticationFailedException(string message)
        : base(message)
    {
    }

    public AuthenticationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
