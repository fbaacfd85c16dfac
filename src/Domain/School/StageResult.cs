namespace Volunteers.Domain.School;

/// <summary>
/// How a volunteer finished one attempt at a school stage: a cohort of stage 1 or 2 (with the attendance that
/// decided it), or the practice of stage 3. A failed attempt stays on record; the trainee may try again.
/// </summary>
public sealed class StageResult
{
    private StageResult()
    {
    }

    public Guid Id { get; private set; }
    public Guid VolunteerId { get; private set; }
    public int StageId { get; private set; }
    public StageKind Stage { get; private set; }

    /// <summary>The cohort of the attempt; null for the practice stage.</summary>
    public Guid? CohortId { get; private set; }

    /// <summary>The direction trained in (the specialisation stage).</summary>
    public int? DirectionId { get; private set; }
    public StageOutcome Outcome { get; private set; }
    public int? LessonsHeld { get; private set; }
    public int? LessonsAttended { get; private set; }

    /// <summary>Attended lessons over held lessons, in percent rounded to two decimals.</summary>
    public decimal? AttendancePercent { get; private set; }

    /// <summary>The completed shifts that passed the practice stage.</summary>
    public int? ShiftsCompleted { get; private set; }

    /// <summary>The HQ date the result was decided (the passing date when passed).</summary>
    public DateOnly DecidedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsPassed => Outcome == StageOutcome.Passed;

    internal static StageResult ForCohort(
        TrainingCohort cohort, TrainingStage stage, Guid volunteerId, int lessonsAttended, int lessonsHeld, bool passed, DateOnly decidedOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        VolunteerId = volunteerId,
        StageId = stage.Id,
        Stage = stage.Kind,
        CohortId = cohort.Id,
        DirectionId = cohort.DirectionId,
        Outcome = passed ? StageOutcome.Passed : StageOutcome.Failed,
        LessonsHeld = lessonsHeld,
        LessonsAttended = lessonsAttended,
        AttendancePercent = AttendancePercentOf(lessonsAttended, lessonsHeld),
        DecidedOn = decidedOn,
        RecordedAt = now,
    };

    internal static StageResult ForPractice(TrainingStage stage, Guid volunteerId, int shiftsCompleted, DateOnly passedOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        VolunteerId = volunteerId,
        StageId = stage.Id,
        Stage = stage.Kind,
        Outcome = StageOutcome.Passed,
        ShiftsCompleted = shiftsCompleted,
        DecidedOn = passedOn,
        RecordedAt = now,
    };

    public static decimal AttendancePercentOf(int attended, int held) =>
        held == 0 ? 0m : Math.Round(100m * attended / held, 2, MidpointRounding.AwayFromZero);
}
