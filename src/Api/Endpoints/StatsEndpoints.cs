using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Volunteers.Api.Http;
using Volunteers.Application.Statistics;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Endpoints;

internal static class StatsEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/stats", GetStats).WithTags("Statistics").RequirePolicy(Policies.PublicOrScope(PartnerScopes.StatsRead));

    /// <summary>The HQ's public figures (public; cached for up to 10 seconds).</summary>
    /// <remarks>
    /// <c>trained.total</c> is the historical baseline (<c>Stats:HistoricalTrainedBaseline</c>) plus everyone who passed
    /// the school or was imported as trained; <c>mobilisedToday</c> counts people on today's rosters (HQ date) who have
    /// not declined. Counts only, no personal data.
    /// </remarks>
    public static async Task<Ok<StatsDto>> GetStats(StatsCache cache, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var stats = await cache.GetAsync(sender, cancellationToken);
        response.Headers.CacheControl = $"public, max-age={(int)StatsCache.Lifetime.TotalSeconds}";
        return TypedResults.Ok(stats);
    }
}
