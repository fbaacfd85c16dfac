using Volunteers.Api.Caching;
using Volunteers.Api.Idempotency;

namespace Volunteers.Api.Endpoints;

internal static class EndpointConventions
{
    /// <summary>Declares the problem responses an operation may answer with, for clients and Swagger.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.ProducesProblem(status);
            }
        }

        return builder;
    }

    /// <summary>
    /// A create endpoint that accepts an <c>Idempotency-Key</c> header: a retry with the same key and body returns
    /// the first answer; the same key with another body is a 422.
    /// </summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotentAttribute()).ProducesProblems(StatusCodes.Status422UnprocessableEntity);

    /// <summary>Declares that the answers carry the resource's version in an <c>ETag</c> header (for <c>If-Match</c>).</summary>
    public static RouteHandlerBuilder SendsETag(this RouteHandlerBuilder builder) => builder.WithMetadata(new SendsETagAttribute());

    /// <summary>Requires a role policy and declares the 401/403 answers that come with it.</summary>
    public static RouteHandlerBuilder RequirePolicy(this RouteHandlerBuilder builder, string policy) =>
        builder.RequireAuthorization(policy).ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
