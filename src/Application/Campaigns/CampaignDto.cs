using Riok.Mapperly.Abstractions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Campaigns;

/// <summary>A campaign as everyone sees it (it holds no personal data).</summary>
/// <param name="Id">The campaign's id.</param>
/// <param name="Title">Title in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
/// <param name="DirectionId">The direction of work it belongs to.</param>
/// <param name="Kind">Regular, Emergency, DisasterRelief or Event.</param>
/// <param name="District">District code, if the campaign is in one district.</param>
/// <param name="Location">Where it takes place, if one place.</param>
/// <param name="StartsOn">First day (HQ calendar).</param>
/// <param name="EndsOn">Last day (HQ calendar).</param>
/// <param name="Status">Draft, Published, InProgress, Completed or Cancelled.</param>
/// <param name="Version">Changes with every edit; the <c>ETag</c> carries it for <c>If-Match</c>.</param>
public sealed record CampaignDto(
    Guid Id,
    LocalizedTextDto Title,
    LocalizedTextDto Description,
    int DirectionId,
    CampaignKind Kind,
    string? District,
    string? Location,
    DateOnly StartsOn,
    DateOnly EndsOn,
    CampaignStatus Status,
    int Version);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CampaignMappings
{
    [MapProperty(nameof(Campaign.DistrictCode), nameof(CampaignDto.District))]
    public static partial CampaignDto ToDto(this Campaign campaign);

    public static partial IQueryable<CampaignDto> ProjectToDto(this IQueryable<Campaign> campaigns);

    // Inlined into the IQueryable projections as a constructor call, so that the database returns only the three columns.
    private static LocalizedTextDto ToDto(LocalizedText text) => new(text.Kk, text.Ru, text.En);
}

/// <summary>Who sees which campaign: staff see all; anyone else only published, running and completed ones.</summary>
public static class CampaignVisibility
{
    /// <summary>The campaigns the caller may see.</summary>
    public static IQueryable<Campaign> VisibleTo(this IQueryable<Campaign> campaigns, ICurrentUser user) =>
        user.IsStaff() ? campaigns : campaigns.Where(Campaign.Public);

    /// <summary>Whether the caller may see <paramref name="campaign"/>; a hidden one (and what hangs on it) is a 404 to them, so drafts do not leak.</summary>
    public static bool IsVisibleTo(this Campaign campaign, ICurrentUser user) => user.IsStaff() || campaign.IsPublic;
}
