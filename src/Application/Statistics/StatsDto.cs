namespace Volunteers.Application.Statistics;

/// <summary>The HQ's public figures. Counts only: no one's personal data.</summary>
/// <param name="Volunteers">The registry by status and by direction.</param>
/// <param name="Trained">Everyone trained, including the people trained before this system.</param>
/// <param name="SchoolPlan">This year's school plan against enrolment and graduation.</param>
/// <param name="CampaignsCompleted">Campaigns completed, all time.</param>
/// <param name="VolunteerHours">Hours given in completed shifts, all time, to one decimal.</param>
/// <param name="HelpRequestsCompleted">Help requests completed, all time.</param>
/// <param name="MobilisedToday">People on today's rosters (HQ date) who have not declined.</param>
public sealed record StatsDto(
    VolunteerStatsDto Volunteers,
    TrainedStatsDto Trained,
    SchoolPlanStatsDto SchoolPlan,
    int CampaignsCompleted,
    decimal VolunteerHours,
    int HelpRequestsCompleted,
    int MobilisedToday);

/// <param name="Total">Everyone in the registry.</param>
/// <param name="ByStatus">Counts keyed by status: Trainee, Active, Reserve, Suspended, Retired.</param>
/// <param name="ByDirection">Volunteers per direction; someone working in two directions counts in both.</param>
public sealed record VolunteerStatsDto(int Total, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<DirectionCountDto> ByDirection);

public sealed record DirectionCountDto(int DirectionId, string Code, int Count);

/// <param name="Total">The historical baseline plus everyone who passed the school or was imported as trained.</param>
/// <param name="Since">The year the count starts from.</param>
public sealed record TrainedStatsDto(int Total, int Since);

/// <param name="Year">The current year in the HQ's calendar.</param>
/// <param name="Target">Trainees the HQ plans to train this year.</param>
/// <param name="Enrolled">Trainees who started the school this year.</param>
/// <param name="Passed">People who passed the school this year.</param>
public sealed record SchoolPlanStatsDto(int Year, int Target, int Enrolled, int Passed);
