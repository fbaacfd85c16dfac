using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Volunteers.Api.Http;

namespace Volunteers.Api.OpenApi;

/// <summary>Documents the optional <c>Idempotency-Key</c> header on the create operations that honour it.</summary>
internal sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyMiddleware.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A unique key per logical request (e.g. a UUID). A retry with the same key and body returns the first answer and "
                          + "creates nothing; the same key with another body is a 422. Keys are kept for at least 24 hours.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100 },
        });
    }
}
