using Volunteers.Domain.Common;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Domain.UnitTests;

public sealed class TrainingCohortTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly LocalizedText Text = new("Мәтін", "Текст", "Text");
    private static int _serial;

    private static TrainingStage IntroductoryStage(int lessons = 10, int threshold = 80) =>
        TrainingStage.Create(1, StageKind.Introductory, Text, Text, lessons, threshold, 0);

    private static TrainingStage SpecializationStage() => TrainingStage.Create(2, StageKind.Specialization, Text, Text, 1, 80, 0);

    private static TrainingStage PracticeStage(int shifts = 1) => TrainingStage.Create(3, StageKind.Practice, Text, Text, 1, 80, shifts);

    private static Volunteer Trainee(params int[] directions)
    {
        var serial = Interlocked.Increment(ref _serial);
        var person = new PersonalData("A", "B", null, Iin.Parse("900515300018"), PhoneNumber.Parse($"+7701{serial:D7}"), $"t{serial}@test.local");
        return Volunteer.CreateTrainee(person, "Yesil", ["kk"], directions.Length == 0 ? [1] : directions, Now);
    }

    private static string RuleOf(Action action) => Assert.Throws<DomainRuleViolationException>(action)!.Rule;

    [Test]
    public void Create_ForThePracticeStage_IsRefused() =>
        Assert.That(RuleOf(() => TrainingCohort.Create(PracticeStage(), null, "P", Today, 10, null, Now)), Is.EqualTo("cohort-practice-stage"));

    [Test]
    public void Create_TheDirectionBelongsOnlyToASpecialization()
    {
        Assert.That(RuleOf(() => TrainingCohort.Create(SpecializationStage(), null, "S", Today, 10, null, Now)), Is.EqualTo("cohort-direction-required"));
        Assert.That(RuleOf(() => TrainingCohort.Create(IntroductoryStage(), 2, "I", Today, 10, null, Now)), Is.EqualTo("cohort-direction-not-allowed"));
        Assert.That(RuleOf(() => TrainingCohort.Create(IntroductoryStage(), null, "I", Today, 0, null, Now)), Is.EqualTo("cohort-capacity-invalid"));
    }

    [Test]
    public void Enrol_AboveCapacity_IsRefused()
    {
        var cohort = TrainingCohort.Create(IntroductoryStage(), null, "I", Today, 1, null, Now);
        cohort.Enrol(Trainee(), EnrolmentHistory.None, false, null, Now);
        Assert.That(RuleOf(() => cohort.Enrol(Trainee(), EnrolmentHistory.None, false, null, Now)), Is.EqualTo("cohort-full"));
        Assert.That(cohort.MemberCount, Is.EqualTo(1));
    }

    [Test]
    public void Enrol_Twice_OrWhileInAnotherOpenCohortOfTheStage_IsRefused()
    {
        var cohort = TrainingCohort.Create(IntroductoryStage(), null, "I", Today, 10, null, Now);
        var trainee = Trainee();
        cohort.Enrol(trainee, EnrolmentHistory.None, false, null, Now);
        Assert.That(RuleOf(() => cohort.Enrol(trainee, EnrolmentHistory.None, false, null, Now)), Is.EqualTo("training-already-in-open-cohort"));
        Assert.That(RuleOf(() => cohort.Enrol(Trainee(), new EnrolmentHistory(true, []), false, null, Now)), Is.EqualTo("training-already-in-open-cohort"));
    }

    [Test]
    public void Enrol_OfAnAnonymizedOrRetiredVolunteer_IsRefused()
    {
        var cohort = TrainingCohort.Create(IntroductoryStage(), null, "I", Today, 10, null, Now);
        var anonymized = Trainee();
        anonymized.Anonymize(Now);
        Assert.That(RuleOf(() => cohort.Enrol(anonymized, EnrolmentHistory.None, false, null, Now)), Is.EqualTo("training-volunteer-not-eligible"));

        var specialization = TrainingCohort.Create(SpecializationStage(), 1, "S", Today, 10, null, Now);
        var retired = Trainee(1);
        retired.EnterStage(StageKind.Specialization);
        retired.EnterStage(StageKind.Practice);
        retired.GraduateFromSchool(Today);
        retired.ChangeStatus(VolunteerStatus.Retired, "moved away");
        Assert.That(RuleOf(() => specialization.Enrol(retired, EnrolmentHistory.None, false, null, Now)), Is.EqualTo("training-volunteer-not-eligible"));
    }

    [Test]
    public void Enrol_InALaterStage_BeforePassingTheEarlierOne_IsRefused()
    {
        var specialization = TrainingCohort.Create(SpecializationStage(), 1, "S", Today, 10, null, Now);
        Assert.That(RuleOf(() => specialization.Enrol(Trainee(1), EnrolmentHistory.None, false, null, Now)), Is.EqualTo("training-previous-stage-not-passed"));
    }

    [Test]
    public void Enrol_InASpecializationOutsideTheChosenDirections_NeedsAnOverride_WhichIsRecorded()
    {
        var specialization = TrainingCohort.Create(SpecializationStage(), 4, "S", Today, 10, null, Now);
        var trainee = Trainee(1);
        trainee.EnterStage(StageKind.Specialization);
        Assert.That(RuleOf(() => specialization.Enrol(trainee, EnrolmentHistory.None, false, null, Now)), Is.EqualTo("training-direction-not-chosen"));
        var staff = Guid.NewGuid();
        var member = specialization.Enrol(trainee, EnrolmentHistory.None, true, staff, Now);
        Assert.That(member.DirectionOverridden, Is.True);
        Assert.That(member.AddedBy, Is.EqualTo(staff));
    }

    [Test]
    public void Enrol_WithAnUnneededOverride_RecordsNoOverride()
    {
        var specialization = TrainingCohort.Create(SpecializationStage(), 1, "S", Today, 10, null, Now);
        var trainee = Trainee(1);
        trainee.EnterStage(StageKind.Specialization);
        Assert.That(specialization.Enrol(trainee, EnrolmentHistory.None, true, null, Now).DirectionOverridden, Is.False);
    }

    [Test]
    public void RecordAttendance_OfANonMember_IsRefused_AndReplacesOtherwise()
    {
        var cohort = TrainingCohort.Create(IntroductoryStage(), null, "I", Today, 10, null, Now);
        var first = Trainee();
        var second = Trainee();
        cohort.Enrol(first, EnrolmentHistory.None, false, null, Now);
        cohort.Enrol(second, EnrolmentHistory.None, false, null, Now);
        var lesson = cohort.ScheduleLesson("First aid", Now, 90, "Room 1", Now);

        Assert.That(RuleOf(() => cohort.RecordAttendance(lesson.Id, [first.Id, Guid.NewGuid()])), Is.EqualTo("attendance-not-a-member"));
        cohort.RecordAttendance(lesson.Id, [first.Id, second.Id]);
        cohort.RecordAttendance(lesson.Id, [second.Id]);
        Assert.That(lesson.Attendance.Select(a => a.VolunteerId), Is.EqualTo(new[] { second.Id }));
    }

    [Test]
    public void ScheduleLesson_KeepsTheStartInUtc()
    {
        var cohort = TrainingCohort.Create(IntroductoryStage(), null, "I", Today, 10, null, Now);
        var lesson = cohort.ScheduleLesson("First aid", new DateTimeOffset(2026, 3, 5, 15, 0, 0, TimeSpan.FromHours(5)), 90, "Room 1", Now);
        Assert.That(lesson.StartsAt.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(lesson.StartsAt, Is.EqualTo(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero)));
    }

    [TestCase(8, 10, 80, true)]
    [TestCase(7, 10, 80, false)]
    [TestCase(4, 5, 80, true)]
    [TestCase(4, 5, 81, false)]
    [TestCase(2, 3, 67, false)]
    [TestCase(2, 3, 66, true)]
    [TestCase(10, 10, 100, true)]
    [TestCase(0, 0, 1, false)]
    public void PassesThreshold_ComparesInWholeNumbers(int attended, int held, int threshold, bool passes) =>
        Assert.That(TrainingCohort.PassesThreshold(attended, held, threshold), Is.EqualTo(passes));

    [Test]
    public void Complete_DecidesEachMember()
    {
        var stage = IntroductoryStage(lessons: 5, threshold: 80);
        var cohort = TrainingCohort.Create(stage, null, "I", Today, 10, null, Now);
        var good = Trainee();
        var poor = Trainee();
        cohort.Enrol(good, EnrolmentHistory.None, false, null, Now);
        cohort.Enrol(poor, EnrolmentHistory.None, false, null, Now);
        for (var i = 0; i < 5; i++)
        {
            var lesson = cohort.ScheduleLesson($"L{i}", Now.AddDays(i), 60, "Room", Now);
            cohort.RecordAttendance(lesson.Id, i < 3 ? [good.Id, poor.Id] : i < 4 ? [good.Id] : []);
        }

        var results = cohort.Complete(stage, [good, poor], Today, Now);
        var byVolunteer = results.ToDictionary(r => r.VolunteerId);
        Assert.Multiple(() =>
        {
            Assert.That(byVolunteer[good.Id].Outcome, Is.EqualTo(StageOutcome.Passed));
            Assert.That(byVolunteer[good.Id].AttendancePercent, Is.EqualTo(80m));
            Assert.That(byVolunteer[good.Id].DecidedOn, Is.EqualTo(Today));
            Assert.That(byVolunteer[poor.Id].Outcome, Is.EqualTo(StageOutcome.Failed));
            Assert.That(byVolunteer[poor.Id].AttendancePercent, Is.EqualTo(60m));
            Assert.That(good.CurrentStage, Is.EqualTo(StageKind.Specialization));
            Assert.That(poor.CurrentStage, Is.EqualTo(StageKind.Introductory));
            Assert.That(cohort.Status, Is.EqualTo(CohortStatus.Completed));
        });
        Assert.That(RuleOf(() => cohort.Complete(stage, [good, poor], Today, Now)), Is.EqualTo("cohort-already-completed"));
        Assert.That(RuleOf(() => cohort.ScheduleLesson("Late", Now, 60, "Room", Now)), Is.EqualTo("cohort-completed"));
    }

    [Test]
    public void Complete_WithFewerLessonsThanTheStageRequires_IsRefused()
    {
        var stage = IntroductoryStage(lessons: 2);
        var cohort = TrainingCohort.Create(stage, null, "I", Today, 10, null, Now);
        cohort.ScheduleLesson("Only one", Now, 60, "Room", Now);
        Assert.That(RuleOf(() => cohort.Complete(stage, [], Today, Now)), Is.EqualTo("cohort-not-enough-lessons"));
        Assert.That(cohort.Status, Is.EqualTo(CohortStatus.Open));
    }

    [Test]
    public void PassingTheSpecialization_MovesATraineeToPractice()
    {
        var stage = SpecializationStage();
        var cohort = TrainingCohort.Create(stage, 1, "S", Today, 10, null, Now);
        var trainee = Trainee(1);
        trainee.EnterStage(StageKind.Specialization);
        cohort.Enrol(trainee, EnrolmentHistory.None, false, null, Now);
        var lesson = cohort.ScheduleLesson("Camp", Now, 480, "Camp", Now);
        cohort.RecordAttendance(lesson.Id, [trainee.Id]);
        var result = cohort.Complete(stage, [trainee], Today, Now).Single();
        Assert.That(result.DirectionId, Is.EqualTo(1));
        Assert.That(trainee.CurrentStage, Is.EqualTo(StageKind.Practice));
        Assert.That(trainee.CanSignUpForShifts, Is.True);
        Assert.That(cohort.DomainEvents, Is.EqualTo(new[] { new TraineeEnteredPractice(trainee.Id, cohort.Id, Today) }), "the practice starts on the completion day");
    }

    [Test]
    public void PassingTheIntroductoryStage_OrFailingTheSpecialization_StartsNoPractice()
    {
        var introductory = IntroductoryStage(lessons: 1);
        var first = TrainingCohort.Create(introductory, null, "I", Today, 10, null, Now);
        var beginner = Trainee(1);
        first.Enrol(beginner, EnrolmentHistory.None, false, null, Now);
        first.RecordAttendance(first.ScheduleLesson("Intro", Now, 60, "Room", Now).Id, [beginner.Id]);
        first.Complete(introductory, [beginner], Today, Now);

        var specialization = SpecializationStage();
        var second = TrainingCohort.Create(specialization, 1, "S", Today, 10, null, Now);
        var absent = Trainee(1);
        absent.EnterStage(StageKind.Specialization);
        second.Enrol(absent, EnrolmentHistory.None, false, null, Now);
        second.ScheduleLesson("Camp", Now, 480, "Camp", Now);
        second.Complete(specialization, [absent], Today, Now);

        Assert.That(beginner.CurrentStage, Is.EqualTo(StageKind.Specialization));
        Assert.That(first.DomainEvents, Is.Empty);
        Assert.That(second.DomainEvents, Is.Empty);
    }

    [Test]
    public void PracticeRecord_CountsEachShiftOnce_AndGraduatesAtTheRequiredShifts()
    {
        var practice = PracticeStage(shifts: 2);
        var trainee = Trainee();
        trainee.EnterStage(StageKind.Practice);
        var record = PracticeRecord.Start(trainee.Id, Today);
        var shift = Guid.NewGuid();

        Assert.That(record.CountShift(shift, trainee, practice, Today, Now), Is.Null);
        Assert.That(record.CountShift(shift, trainee, practice, Today, Now), Is.Null);
        Assert.That(record.ShiftsCompleted, Is.EqualTo(1));
        Assert.That(trainee.Status, Is.EqualTo(VolunteerStatus.Trainee));

        var result = record.CountShift(Guid.NewGuid(), trainee, practice, Today.AddDays(1), Now);
        Assert.That(result, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(result!.Outcome, Is.EqualTo(StageOutcome.Passed));
            Assert.That(result.ShiftsCompleted, Is.EqualTo(2));
            Assert.That(trainee.Status, Is.EqualTo(VolunteerStatus.Active));
            Assert.That(trainee.SchoolPassedOn, Is.EqualTo(Today.AddDays(1)));
            Assert.That(record.PassedOn, Is.EqualTo(Today.AddDays(1)));
        });
        Assert.That(record.CountShift(Guid.NewGuid(), trainee, practice, Today.AddDays(2), Now), Is.Null, "a graduate's shifts are no practice");
    }

    [Test]
    public void ThePracticeStage_NeedsAtLeastOneShift()
    {
        var practice = PracticeStage();
        Assert.That(RuleOf(() => practice.Update(Text, Text, 1, 80, 0)), Is.EqualTo("stage-requirements-invalid"));
        Assert.DoesNotThrow(() => IntroductoryStage().Update(Text, Text, 10, 80, 0));
    }

    [Test]
    public void SchoolPlan_NeedsAPositiveTarget_AndAPlausibleYear()
    {
        Assert.That(RuleOf(() => SchoolPlan.Create(2026, 0, Now)), Is.EqualTo("school-plan-target-invalid"));
        Assert.That(RuleOf(() => SchoolPlan.Create(1999, 300, Now)), Is.EqualTo("school-plan-year-invalid"));
        var plan = SchoolPlan.Create(2026, 300, Now);
        plan.ChangeTarget(320, Now);
        Assert.That(plan.Target, Is.EqualTo(320));
    }
}
