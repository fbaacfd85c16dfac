using Volunteers.Domain.School;

namespace Volunteers.Application.School.Progress;

public enum StageProgressStatus
{
    NotStarted,
    InProgress,
    Passed,
    Failed,
}

/// <summary>A volunteer's way through the school, stage by stage.</summary>
public sealed record VolunteerTrainingDto(Guid VolunteerId, IReadOnlyList<StageProgressDto> Stages);

/// <summary>
/// One stage for one volunteer. <c>cohortId</c> is the cohort of the current or deciding attempt;
/// <c>attendancePercent</c> that attempt's attendance once decided; <c>passedOn</c> the HQ date it was passed.
/// For the practice stage, <c>shiftsCompleted</c> of <c>requiredShifts</c>.
/// </summary>
public sealed record StageProgressDto(
    int StageId, int Order, StageKind Kind, StageProgressStatus Status, Guid? CohortId, decimal? AttendancePercent, DateOnly? PassedOn,
    int? DirectionId, int? ShiftsCompleted, int? RequiredShifts);
