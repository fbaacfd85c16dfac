using Volunteers.Domain.Common;

namespace Volunteers.Domain.School;

/// <summary>One lesson of a cohort and who was present at it.</summary>
public sealed class TrainingLesson
{
    private readonly List<LessonAttendance> _attendance = [];

    private TrainingLesson()
    {
    }

    internal TrainingLesson(Guid id, Guid cohortId, string topic, DateTimeOffset startsAt, int durationMinutes, string location)
    {
        if (durationMinutes < 1)
        {
            throw new DomainRuleViolationException("lesson-duration-invalid", "A lesson lasts at least one minute.");
        }

        Id = id;
        CohortId = cohortId;
        Topic = topic;
        StartsAt = startsAt.ToUniversalTime(); // instants are kept and answered in UTC, as shifts' are
        DurationMinutes = durationMinutes;
        Location = location;
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public string Topic { get; private set; } = null!;
    public DateTimeOffset StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string Location { get; private set; } = null!;
    public IReadOnlyCollection<LessonAttendance> Attendance => _attendance;

    public bool WasPresent(Guid volunteerId) => _attendance.Any(a => a.VolunteerId == volunteerId);

    /// <summary>Replaces the attendance record: exactly <paramref name="present"/> were there.</summary>
    internal void ReplaceAttendance(IReadOnlySet<Guid> present)
    {
        _attendance.RemoveAll(a => !present.Contains(a.VolunteerId));
        foreach (var volunteerId in present.Where(id => !WasPresent(id)))
        {
            _attendance.Add(new LessonAttendance(Id, volunteerId));
        }
    }
}

/// <summary>A volunteer was present at a lesson.</summary>
public sealed class LessonAttendance
{
    internal LessonAttendance(Guid lessonId, Guid volunteerId)
    {
        LessonId = lessonId;
        VolunteerId = volunteerId;
    }

    public Guid LessonId { get; private set; }
    public Guid VolunteerId { get; private set; }
}
