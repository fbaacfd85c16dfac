using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations;

internal static class MobilizationMappings
{
    public static MobilizationDto ToDto(this Mobilization mobilization, IReadOnlyList<RosterSummaryDto> rosters) => new(
        mobilization.Id,
        mobilization.Title,
        mobilization.Reason,
        mobilization.StartsOn,
        mobilization.EndsOn,
        mobilization.DailyActive,
        mobilization.Reserve,
        mobilization.DirectionIds,
        mobilization.Districts,
        mobilization.ResponseWindowMinutes,
        mobilization.IsEnded ? "Ended" : "Active",
        mobilization.CreatedAt,
        mobilization.EndedAt,
        rosters);
}
