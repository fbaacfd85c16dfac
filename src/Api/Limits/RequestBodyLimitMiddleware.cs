using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Volunteers.Api.Limits;

/// <summary>
/// Applies <c>Limits:MaxBodyBytes</c> (or an endpoint's own <see cref="IRequestSizeLimitMetadata"/>, e.g. the import)
/// before the body is read, so an oversized request is a 413 problem whatever server hosts the app.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    private readonly long _defaultLimit = configuration.GetValue<long?>("Limits:MaxBodyBytes") ?? DefaultMaxBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? _defaultLimit;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
