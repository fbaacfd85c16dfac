using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Volunteers.Api.Security;

namespace Volunteers.Api.Caching;

/// <summary>
/// Public, cacheable reads: the answer is cached in memory under a tag (evicted when the data changes, see
/// PublicReadCacheInvalidation) and carries an <c>ETag</c>, so clients revalidate with <c>If-None-Match</c> and get 304.
/// Only anonymous requests are served from or stored in this cache: one that carries credentials of any kind (an
/// <c>Authorization</c> header or a partner's <c>X-Api-Key</c>) always reaches the endpoint, because what it sees may
/// differ (staff see draft campaigns), and its answer is marked <c>private</c> so that no shared cache keeps it.
/// The output cache runs right after routing, before authentication, so it decides by the headers.
/// </summary>
internal static class PublicReads
{
    public static RouteHandlerBuilder CachedPublicly(this RouteHandlerBuilder builder, string tag, TimeSpan? expiry = null) =>
        builder
            .CacheOutput(policy => policy
                .With(context => CarriesNoCredentials(context.HttpContext.Request))
                .Tag(tag)
                .Expire(expiry ?? TimeSpan.FromMinutes(10))
                .SetVaryByQuery("*"))
            .AddEndpointFilter(WithETag)
            .Produces(StatusCodes.Status304NotModified);

    /// <summary>Whether the answer may be shared: an anonymous caller (no credentials, nobody signed in).</summary>
    public static bool IsAnonymous(HttpContext http) => CarriesNoCredentials(http.Request) && http.User.Identity?.IsAuthenticated != true;

    private static bool CarriesNoCredentials(HttpRequest request) =>
        string.IsNullOrEmpty(request.Headers.Authorization) && !request.Headers.ContainsKey(ApiKeyAuthentication.HeaderName);

    /// <summary>
    /// Sets the validators of a 200 answer and turns a matching <c>If-None-Match</c> into 304. An endpoint that versions
    /// its resource sets its own <c>ETag</c> (a campaign's version, which <c>If-Match</c> also uses); otherwise the ETag
    /// is a hash of the JSON body.
    /// </summary>
    private static async ValueTask<object?> WithETag(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: null or 200 })
        {
            return result;
        }

        var http = context.HttpContext;
        http.Response.Headers.CacheControl = IsAnonymous(http) ? "public, no-cache" : "private, no-cache";
        var answer = result;
        var etag = http.Response.Headers.ETag.ToString();
        if (etag.Length == 0)
        {
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
            etag = $"\"{Convert.ToHexString(SHA256.HashData(body), 0, 8)}\"";
            http.Response.Headers.ETag = etag;
            answer = Results.Bytes(body, "application/json; charset=utf-8");
        }

        return http.Request.Headers.IfNoneMatch.Contains(etag) ? Results.StatusCode(StatusCodes.Status304NotModified) : answer;
    }
}
