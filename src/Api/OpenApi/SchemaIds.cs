namespace Volunteers.Api.OpenApi;

/// <summary>
/// Component names for client generators: the short type name, without namespaces or generic-arity noise
/// (<c>PagedList&lt;CampaignDto&gt;</c> → <c>CampaignDtoPagedList</c>). Swashbuckle refuses two types with one name, so a
/// clash breaks the build instead of silently merging schemas.
/// </summary>
internal static class SchemaIds
{
    public static string For(Type type)
    {
        if (type == typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails))
        {
            return "ValidationProblemDetails";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return string.Concat(type.GetGenericArguments().Select(For)) + name;
    }
}
