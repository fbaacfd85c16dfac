using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.School;

/// <summary>
/// A trainee's practice (stage 3): the completed shifts counted towards it, each shift once. Reaching the stage's
/// required shifts passes the practice and makes the trainee an active volunteer.
/// </summary>
public sealed class PracticeRecord
{
    private readonly List<PracticeShift> _shifts = [];

    private PracticeRecord()
    {
    }

    public Guid VolunteerId { get; private set; }
    public DateOnly StartedOn { get; private set; }

    /// <summary>Completed (checked-out) shifts counted so far.</summary>
    public int ShiftsCompleted { get; private set; }
    public DateOnly? PassedOn { get; private set; }
    public IReadOnlyCollection<PracticeShift> Shifts => _shifts;

    public static PracticeRecord Start(Guid volunteerId, DateOnly startedOn) => new()
    {
        VolunteerId = volunteerId,
        StartedOn = startedOn,
    };

    /// <summary>
    /// Counts a shift the trainee was checked out of. The same shift counts once. Returns the practice's result
    /// when this shift completes the practice (the trainee graduates), otherwise null.
    /// </summary>
    public StageResult? CountShift(Guid shiftId, Volunteer trainee, TrainingStage practice, DateOnly checkedOutOn, DateTimeOffset now)
    {
        if (trainee.Id != VolunteerId)
        {
            throw new ArgumentException("The trainee is not the one this practice belongs to.", nameof(trainee));
        }

        if (practice.Kind != StageKind.Practice)
        {
            throw new ArgumentException("The stage is not the practice stage.", nameof(practice));
        }

        if (PassedOn is not null || _shifts.Any(s => s.ShiftId == shiftId))
        {
            return null;
        }

        if (trainee.Status != VolunteerStatus.Trainee || trainee.CurrentStage != StageKind.Practice)
        {
            throw new DomainRuleViolationException("practice-not-started", "Only a trainee in the practice stage counts practice shifts.");
        }

        _shifts.Add(new PracticeShift(VolunteerId, shiftId, now));
        ShiftsCompleted++;
        if (ShiftsCompleted < practice.RequiredShifts)
        {
            return null;
        }

        PassedOn = checkedOutOn;
        trainee.GraduateFromSchool(checkedOutOn);
        return StageResult.ForPractice(practice, VolunteerId, ShiftsCompleted, checkedOutOn, now);
    }
}

/// <summary>A shift counted towards a trainee's practice.</summary>
public sealed class PracticeShift
{
    internal PracticeShift(Guid volunteerId, Guid shiftId, DateTimeOffset countedAt)
    {
        VolunteerId = volunteerId;
        ShiftId = shiftId;
        CountedAt = countedAt;
    }

    public Guid VolunteerId { get; private set; }
    public Guid ShiftId { get; private set; }
    public DateTimeOffset CountedAt { get; private set; }
}
