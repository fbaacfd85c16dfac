using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.School;

/// <summary>
/// A school group of one stage (and, for the specialisation, one direction) with a trainer, a start date and a
/// capacity. It decides who may join, keeps lessons and attendance, and on completion who passed the stage.
/// The practice stage has no cohorts: it is passed through campaign shifts.
/// </summary>
public sealed class TrainingCohort : Entity<Guid>
{
    private readonly List<CohortMember> _members = [];
    private readonly List<TrainingLesson> _lessons = [];

    private TrainingCohort()
    {
    }

    public int StageId { get; private set; }
    public StageKind Stage { get; private set; }
    public int? DirectionId { get; private set; }
    public string Title { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public int Capacity { get; private set; }

    /// <summary>The staff account (role Trainer) who teaches the cohort and records its attendance.</summary>
    public Guid? TrainerId { get; private set; }
    public CohortStatus Status { get; private set; }

    /// <summary>Members so far; a concurrency token, so two simultaneous enrolments cannot both take the last place.</summary>
    public int MemberCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public IReadOnlyCollection<CohortMember> Members => _members;
    public IReadOnlyCollection<TrainingLesson> Lessons => _lessons;

    public bool IsOpen => Status == CohortStatus.Open;

    public static TrainingCohort Create(TrainingStage stage, int? directionId, string title, DateOnly startsOn, int capacity, Guid? trainerId, DateTimeOffset now)
    {
        if (stage.Kind == StageKind.Practice)
        {
            throw new DomainRuleViolationException("cohort-practice-stage", "The practice stage is passed through campaign shifts, not in a cohort.");
        }

        if (stage.Kind == StageKind.Specialization && directionId is null)
        {
            throw new DomainRuleViolationException("cohort-direction-required", "A specialisation cohort trains in one direction; give its directionId.");
        }

        if (stage.Kind != StageKind.Specialization && directionId is not null)
        {
            throw new DomainRuleViolationException("cohort-direction-not-allowed", "Only a specialisation cohort has a direction.");
        }

        if (capacity < 1)
        {
            throw new DomainRuleViolationException("cohort-capacity-invalid", "A cohort has room for at least one member.");
        }

        return new TrainingCohort
        {
            Id = Guid.CreateVersion7(now),
            StageId = stage.Id,
            Stage = stage.Kind,
            DirectionId = directionId,
            Title = title,
            StartsOn = startsOn,
            Capacity = capacity,
            TrainerId = trainerId,
            Status = CohortStatus.Open,
            CreatedAt = now,
        };
    }

    /// <summary>Whether the account teaches this cohort.</summary>
    public bool IsTaughtBy(Guid? accountId) => accountId is not null && TrainerId == accountId;

    public bool HasMember(Guid volunteerId) => _members.Any(m => m.VolunteerId == volunteerId);

    /// <summary>
    /// Enrols a volunteer. Only a trainee who has reached this stage may join (or an active volunteer adding a
    /// specialisation they have not passed), never twice in open cohorts of the stage, never above capacity; a
    /// specialisation must be one of the volunteer's directions unless staff override it, which is recorded.
    /// </summary>
    public CohortMember Enrol(Volunteer volunteer, EnrolmentHistory history, bool overrideDirection, Guid? addedBy, DateTimeOffset now)
    {
        EnsureOpen();
        if (HasMember(volunteer.Id) || history.InOpenCohortOfStage)
        {
            throw new DomainRuleViolationException("training-already-in-open-cohort", "The volunteer is already in an open cohort of this stage.");
        }

        EnsureEligible(volunteer, history);

        var directionChosen = DirectionId is null || volunteer.Directions.Any(d => d.DirectionId == DirectionId);
        if (!directionChosen && !overrideDirection)
        {
            throw new DomainRuleViolationException("training-direction-not-chosen",
                "The cohort's direction is not one the volunteer chose; staff may enrol them anyway with overrideDirection.");
        }

        if (MemberCount >= Capacity)
        {
            throw new DomainRuleViolationException("cohort-full", $"The cohort is full ({Capacity} members).");
        }

        var member = new CohortMember(Id, volunteer.Id, directionOverridden: !directionChosen, addedBy, now);
        _members.Add(member);
        MemberCount++;
        return member;
    }

    public TrainingLesson ScheduleLesson(string topic, DateTimeOffset startsAt, int durationMinutes, string location, DateTimeOffset now)
    {
        EnsureOpen();
        var lesson = new TrainingLesson(Guid.CreateVersion7(now), Id, topic, startsAt, durationMinutes, location);
        _lessons.Add(lesson);
        return lesson;
    }

    /// <summary>
    /// Replaces who was present at a lesson. Any lesson, at any time while the cohort is open (attendance is often
    /// entered afterwards in bulk); only members can be present.
    /// </summary>
    public TrainingLesson RecordAttendance(Guid lessonId, IEnumerable<Guid> presentVolunteerIds)
    {
        EnsureOpen();
        var lesson = _lessons.SingleOrDefault(l => l.Id == lessonId)
                     ?? throw new InvalidOperationException($"Lesson {lessonId} is not a lesson of cohort {Id}.");
        var present = presentVolunteerIds.ToHashSet();
        var strangers = present.Where(id => !HasMember(id)).ToList();
        if (strangers.Count > 0)
        {
            throw new DomainRuleViolationException("attendance-not-a-member",
                $"Only members of the cohort can be present; not members: {string.Join(", ", strangers)}.");
        }

        lesson.ReplaceAttendance(present);
        return lesson;
    }

    /// <summary>
    /// Closes the cohort once it has held at least the stage's required lessons. A member whose attendance over the
    /// cohort's lessons reaches the stage's threshold passes (exactly the threshold passes); the others fail and may
    /// join a later cohort. A trainee who passes moves on to the next stage (<see cref="TraineeEnteredPractice"/> when
    /// that is the practice).
    /// </summary>
    public IReadOnlyList<StageResult> Complete(TrainingStage stage, IReadOnlyCollection<Volunteer> members, DateOnly completedOn, DateTimeOffset now)
    {
        if (stage.Id != StageId)
        {
            throw new ArgumentException("The stage is not this cohort's stage.", nameof(stage));
        }

        if (Status == CohortStatus.Completed)
        {
            throw new DomainRuleViolationException("cohort-already-completed", "The cohort is already completed.");
        }

        var held = _lessons.Count;
        if (held < stage.RequiredLessons)
        {
            throw new DomainRuleViolationException("cohort-not-enough-lessons",
                $"The cohort held {held} lessons; the stage needs at least {stage.RequiredLessons}.");
        }

        var results = new List<StageResult>(_members.Count);
        foreach (var member in _members)
        {
            var volunteer = members.SingleOrDefault(v => v.Id == member.VolunteerId)
                            ?? throw new ArgumentException($"Volunteer {member.VolunteerId} of the cohort was not given.", nameof(members));
            var attended = _lessons.Count(l => l.WasPresent(member.VolunteerId));
            var passed = PassesThreshold(attended, held, stage.PassThresholdPercent);
            results.Add(StageResult.ForCohort(this, stage, volunteer.Id, attended, held, passed, completedOn, now));
            if (passed)
            {
                MoveOn(volunteer, completedOn);
            }
        }

        Status = CohortStatus.Completed;
        CompletedOn = completedOn;
        return results;
    }

    /// <summary>Attendance at or above the threshold, compared in whole numbers so that exactly 80 % is 80 %.</summary>
    public static bool PassesThreshold(int attended, int held, int thresholdPercent) =>
        held > 0 && attended * 100 >= thresholdPercent * held;

    /// <summary>A trainee who passes moves on to the next stage; entering the practice starts their practice record.</summary>
    private void MoveOn(Volunteer volunteer, DateOnly completedOn)
    {
        if (volunteer.Status != VolunteerStatus.Trainee || volunteer.CurrentStage != Stage)
        {
            return; // an active volunteer adding a specialisation keeps their status
        }

        var next = Stage == StageKind.Introductory ? StageKind.Specialization : StageKind.Practice;
        volunteer.EnterStage(next);
        if (next == StageKind.Practice)
        {
            Raise(new TraineeEnteredPractice(volunteer.Id, Id, completedOn));
        }
    }

    private void EnsureEligible(Volunteer volunteer, EnrolmentHistory history)
    {
        if (volunteer.IsAnonymized)
        {
            throw new DomainRuleViolationException("training-volunteer-not-eligible", "The volunteer's personal data was erased; they no longer train.");
        }

        switch (volunteer.Status)
        {
            case VolunteerStatus.Trainee when volunteer.CurrentStage is { } current && current < Stage:
                throw new DomainRuleViolationException("training-previous-stage-not-passed",
                    $"The trainee is at the {current} stage; a stage starts only after the previous one is passed.");
            case VolunteerStatus.Trainee when volunteer.CurrentStage != Stage:
                throw new DomainRuleViolationException("training-stage-already-passed", $"The trainee has already passed the {Stage} stage.");
            case VolunteerStatus.Trainee:
                return;
            case VolunteerStatus.Active when Stage != StageKind.Specialization:
                throw new DomainRuleViolationException("training-stage-already-passed",
                    $"An active volunteer has passed the {Stage} stage; they may only add a specialisation.");
            case VolunteerStatus.Active when history.PassedSpecializationDirections.Contains(DirectionId!.Value):
                throw new DomainRuleViolationException("training-direction-already-passed", "The volunteer has already passed this specialisation.");
            case VolunteerStatus.Active:
                return;
            default:
                throw new DomainRuleViolationException("training-volunteer-not-eligible",
                    $"A {volunteer.Status} volunteer cannot join a cohort; only trainees and active volunteers train.");
        }
    }

    private void EnsureOpen()
    {
        if (Status != CohortStatus.Open)
        {
            throw new DomainRuleViolationException("cohort-completed", "The cohort is completed; its members, lessons and attendance are final.");
        }
    }
}

/// <summary>What the school already knows about a volunteer who is being enrolled in a cohort.</summary>
/// <param name="InOpenCohortOfStage">The volunteer is a member of an open cohort of the same stage.</param>
/// <param name="PassedSpecializationDirections">Directions whose specialisation the volunteer has passed.</param>
public sealed record EnrolmentHistory(bool InOpenCohortOfStage, IReadOnlyCollection<int> PassedSpecializationDirections)
{
    public static readonly EnrolmentHistory None = new(false, []);
}
