namespace Volunteers.Api.OpenApi;

/// <summary>
/// On an HTTP body record that the endpoint turns into a command: the command whose validator decides which of its
/// fields are required, so that the OpenAPI document derives them from the same rules the API enforces.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ValidatedAsAttribute(Type command) : Attribute
{
    public Type Command { get; } = command;
}
