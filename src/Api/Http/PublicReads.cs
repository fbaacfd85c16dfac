using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Volunteers.Api.Http;

/// <summary>
/// Public, cacheable reads: the answer is cached in memory under a tag (evicted when the data changes, see
/// PublicReadCacheInvalidation) and carries an <c>ETag</c>, so clients revalidate with <c>If-None-Match</c> and get 304.
/// Requests with an Authorization header are never served from or stored in this cache.
/// </summary>
internal static class PublicReads
{
    public static RouteHandlerBuilder CachedPublicly(this RouteHandlerBuilder builder, string tag, TimeSpan? expiry = null) =>
        builder
            .CacheOutput(policy => policy.Tag(tag).Expire(expiry ?? TimeSpan.FromMinutes(10)).SetVaryByQuery("*"))
            .AddEndpointFilter(WithETag)
            .Produces(StatusCodes.Status304NotModified);

    private static async ValueTask<object?> WithETag(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: null or 200 })
        {
            return result;
        }

        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(body), 0, 8)}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, no-cache";
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(body, "application/json; charset=utf-8");
    }
}
