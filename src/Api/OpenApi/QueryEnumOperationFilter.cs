using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// On an endpoint whose query parameter <see cref="Name"/> is bound as a string (so that a wrong value is a field error
/// from the validator, not a bare 400 from binding) but takes the names of <see cref="EnumType"/>: clients see the enum.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true)]
internal sealed class QueryEnumAttribute(string name, Type enumType) : Attribute
{
    public string Name { get; } = name;

    public Type EnumType { get; } = enumType;
}

/// <summary>Gives the query parameters named by <see cref="QueryEnumAttribute"/> their enum's schema.</summary>
internal sealed class QueryEnumOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var declared in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryEnumAttribute>())
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>()
                .SingleOrDefault(p => p.In == ParameterLocation.Query && p.Name == declared.Name);
            if (parameter is not null)
            {
                parameter.Schema = context.SchemaGenerator.GenerateSchema(declared.EnumType, context.SchemaRepository);
            }
        }
    }
}
