using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Caching;
using Volunteers.Api.Security;
using Volunteers.Application.Statistics;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class StatsEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stats", GetStats).WithName("getStats").WithTags("Stats").RequirePolicy(Policies.PublicOrScope(PartnerScopes.StatsRead))
            .Produces<StatsDto>().Produces(StatusCodes.Status304NotModified);

    /// <summary>The HQ's public figures (public; cached for up to 10 seconds).</summary>
    /// <remarks>
    /// <c>trained.total</c> is the historical baseline (<c>Stats:HistoricalTrainedBaseline</c>) plus everyone who passed
    /// the school or was imported as trained; <c>mobilisedToday</c> counts people on today's rosters (HQ date) who have
    /// not declined. Counts only, no personal data. The answer has an <c>ETag</c>: send it in <c>If-None-Match</c> to get
    /// 304 while the figures are unchanged.
    /// </remarks>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> GetStats(StatsCache cache, HttpContext http, CancellationToken cancellationToken)
    {
        var snapshot = await cache.GetAsync(cancellationToken);
        http.Response.Headers.CacheControl = $"public, max-age={(int)StatsCache.Lifetime.TotalSeconds}";
        http.Response.Headers.ETag = snapshot.ETag;
        return http.Request.Headers.IfNoneMatch.Contains(snapshot.ETag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(snapshot.Json, "application/json; charset=utf-8");
    }
}
