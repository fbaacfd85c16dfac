using Riok.Mapperly.Abstractions;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts;

/// <summary>A cohort in a list.</summary>
public sealed record TrainingCohortListItemDto(
    Guid Id, int StageId, StageKind Stage, int? DirectionId, string Title, DateOnly StartsOn, int Capacity,
    Guid? TrainerId, CohortStatus Status, int MemberCount, DateOnly? CompletedOn);

/// <summary>A cohort with its members (and, once completed, their results) and its lessons with attendance.</summary>
public sealed record TrainingCohortDto(
    Guid Id, int StageId, StageKind Stage, int? DirectionId, string Title, DateOnly StartsOn, int Capacity,
    Guid? TrainerId, CohortStatus Status, int MemberCount, DateOnly? CompletedOn,
    IReadOnlyList<CohortMemberDto> Members, IReadOnlyList<TrainingLessonDto> Lessons);

/// <summary>
/// A member of a cohort: attendance so far (final once the cohort is completed) and the stage result.
/// <c>directionOverridden</c> marks staff enrolling them in a specialisation outside their chosen directions.
/// </summary>
public sealed record CohortMemberDto(
    Guid VolunteerId, string FirstName, string LastName, DateTimeOffset JoinedAt, bool DirectionOverridden, Guid? AddedBy,
    int LessonsAttended, decimal AttendancePercent, StageOutcome? Result);

/// <summary>A lesson of a cohort and the members present at it.</summary>
public sealed record TrainingLessonDto(Guid Id, string Topic, DateTimeOffset StartsAt, int DurationMinutes, string Location, IReadOnlyList<Guid> PresentVolunteerIds);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TrainingCohortMappings
{
    public static partial IQueryable<TrainingCohortListItemDto> ProjectToListItem(this IQueryable<TrainingCohort> cohorts);

    [MapProperty(nameof(TrainingLesson.Attendance), nameof(TrainingLessonDto.PresentVolunteerIds))]
    public static partial TrainingLessonDto ToDto(this TrainingLesson lesson);

    private static IReadOnlyList<Guid> PresentVolunteers(IReadOnlyCollection<LessonAttendance> attendance) =>
        [.. attendance.Select(a => a.VolunteerId).Order()];
}
