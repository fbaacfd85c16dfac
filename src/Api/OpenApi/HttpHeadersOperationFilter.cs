using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Volunteers.Api.Caching;
using Volunteers.Api.Idempotency;

namespace Volunteers.Api.OpenApi;

/// <summary>
/// Declares the HTTP headers that carry part of the contract, read from the endpoint's own metadata so that they follow
/// the code: <c>Idempotency-Key</c> and <c>Idempotent-Replayed</c> on idempotent creates, <c>Location</c> on every 201,
/// <c>ETag</c> on versioned or revalidated reads with <c>If-None-Match</c> wherever a 304 is possible, <c>If-Match</c>
/// required wherever its absence is a 428, and <c>Retry-After</c> on every 429 (partner keys are rate limited everywhere).
/// </summary>
internal sealed class HttpHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Parameters ??= [];
        operation.Responses ??= [];
        var responses = operation.Responses;

        var idempotent = metadata.OfType<IdempotentAttribute>().Any();
        if (idempotent)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyMiddleware.HeaderName,
                In = ParameterLocation.Header,
                Required = false,
                Description = "A unique key per logical request (e.g. a UUID). A retry with the same key and body returns the first answer and "
                              + "creates nothing; the same key with another body is a 422. Keys are kept for at least 24 hours.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 100 },
            });
        }

        var revalidated = responses.ContainsKey("304");
        if (revalidated)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = HeaderNames.IfNoneMatch,
                In = ParameterLocation.Header,
                Required = false,
                Description = "The ETag of the copy you hold: while it is still current the answer is 304 with no body.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        if (responses.ContainsKey("428"))
        {
            foreach (var ifMatch in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Header && p.Name == HeaderNames.IfMatch))
            {
                ifMatch.Required = true;
            }
        }

        var sendsETag = revalidated || metadata.OfType<SendsETagAttribute>().Any();
        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (status.StartsWith('2'))
            {
                if (status == "201")
                {
                    AddHeader(concrete, HeaderNames.Location, "The URL of the created resource.");
                }

                if (sendsETag)
                {
                    AddHeader(concrete, HeaderNames.ETag, "The version of this answer; send it back in If-None-Match (and, when editing, in If-Match).");
                }

                if (idempotent)
                {
                    AddHeader(concrete, IdempotencyMiddleware.ReplayedHeaderName,
                        "`true` when this answer repeats the first one given for the same Idempotency-Key (nothing new was created).");
                }
            }

            if (status == "304")
            {
                AddHeader(concrete, HeaderNames.ETag, "The version still current.");
            }

            if (status == "429")
            {
                AddHeader(concrete, HeaderNames.RetryAfter, "Seconds to wait before trying again.", JsonSchemaType.Integer);
            }
        }
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, JsonSchemaType type = JsonSchemaType.String)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }
}
