namespace Volunteers.Application.Common.Exceptions;

/// <summary>The resource does not exist, or the caller may not know that it does (404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, object key)
        : base($"{resource} '{key}' was not found.") => Resource = resource;

    public NotFoundException()
        : base("The resource was not found.") => Resource = "resource";

    public NotFoundException(string message)
        : base(message) => Resource = "resource";

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException) => Resource = "resource";

    public string Resource { get; }
}
