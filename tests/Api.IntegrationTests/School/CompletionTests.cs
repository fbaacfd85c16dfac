using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>Completing a cohort decides who passed the stage.</summary>
public sealed class CompletionTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task ExactlyTheThreshold_Passes_AndJustUnderIt_Fails()
    {
        using var coordinator = await CoordinatorAsync();
        var trainer = await StaffAsync("Trainer");
        var cohort = await CreateCohortAsync(coordinator, Introductory, trainerId: trainer.AccountId);
        var eightOfTen = (await ATrainee().SaveAsync(Factory)).Id;
        var sevenOfTen = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, eightOfTen);
        await AddMemberAsync(coordinator, cohort, sevenOfTen);
        var lessons = await AddLessonsAsync(trainer.Client, cohort, 10); // the seeded stage: 10 lessons, 80 %
        for (var i = 0; i < lessons.Count; i++)
        {
            var present = new List<Guid>();
            if (i < 8)
            {
                present.Add(eightOfTen);
            }

            if (i < 7)
            {
                present.Add(sevenOfTen);
            }

            await RecordAttendanceAsync(trainer.Client, cohort, lessons[i], [.. present]);
        }

        var completed = await CompleteAsync(trainer.Client, cohort);
        var members = completed["members"]!.AsArray().ToDictionary(m => m!["volunteerId"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(completed["status"]!.GetValue<string>(), Is.EqualTo("Completed"));
            Assert.That(completed["completedOn"]!.GetValue<string>(), Is.EqualTo(HqToday.ToString("yyyy-MM-dd")));
            Assert.That(members[eightOfTen.ToString()]!["result"]!.GetValue<string>(), Is.EqualTo("Passed"));
            Assert.That(members[eightOfTen.ToString()]!["attendancePercent"]!.GetValue<decimal>(), Is.EqualTo(80m));
            Assert.That(members[sevenOfTen.ToString()]!["result"]!.GetValue<string>(), Is.EqualTo("Failed"));
            Assert.That(members[sevenOfTen.ToString()]!["attendancePercent"]!.GetValue<decimal>(), Is.EqualTo(70m));
        });
        Assert.That((await LoadVolunteerAsync(eightOfTen)).CurrentStage, Is.EqualTo(StageKind.Specialization));
        Assert.That((await LoadVolunteerAsync(sevenOfTen)).CurrentStage, Is.EqualTo(StageKind.Introductory));
    }

    [Test]
    public async Task AThresholdJustAboveTheAttendance_Fails()
    {
        // 5 lessons at 81 %: 4 of 5 (80 %) is just under and fails; 5 of 5 passes.
        using var coordinator = await CoordinatorAsync();
        await SetStageRulesAsync(Introductory, 5, threshold: 81);
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        var fourOfFive = (await ATrainee().SaveAsync(Factory)).Id;
        var fiveOfFive = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, fourOfFive);
        await AddMemberAsync(coordinator, cohort, fiveOfFive);
        var lessons = await AddLessonsAsync(coordinator, cohort, 5);
        for (var i = 0; i < lessons.Count; i++)
        {
            await RecordAttendanceAsync(coordinator, cohort, lessons[i], i < 4 ? [fourOfFive, fiveOfFive] : [fiveOfFive]);
        }

        var completed = await CompleteAsync(coordinator, cohort);
        var results = completed["members"]!.AsArray().ToDictionary(m => m!["volunteerId"]!.GetValue<string>(), m => m!["result"]!.GetValue<string>());
        Assert.That(results[fourOfFive.ToString()], Is.EqualTo("Failed"));
        Assert.That(results[fiveOfFive.ToString()], Is.EqualTo("Passed"));
    }

    [Test]
    public async Task Completion_NeedsTheStagesRequiredLessons()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        await AddMemberAsync(coordinator, cohort, (await ATrainee().SaveAsync(Factory)).Id);
        await AddLessonsAsync(coordinator, cohort, 9);
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/training-cohorts/{cohort}/complete", null), HttpStatusCode.Conflict, "/cohort-not-enough-lessons");
        await AddLessonsAsync(coordinator, cohort, 1);
        await CompleteAsync(coordinator, cohort);
    }

    [Test]
    public async Task CompletingTwice_IsAConflict_AndACompletedCohortIsFinal()
    {
        using var coordinator = await CoordinatorAsync();
        await SetStageRulesAsync(Introductory, 1);
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        await AddMemberAsync(coordinator, cohort, trainee);
        var lesson = (await AddLessonsAsync(coordinator, cohort, 1)).Single();
        await CompleteAsync(coordinator, cohort);

        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/training-cohorts/{cohort}/complete", null), HttpStatusCode.Conflict, "/cohort-already-completed");
        await AssertProblemAsync(await PutAttendanceAsync(coordinator, cohort, lesson, trainee), HttpStatusCode.Conflict, "/cohort-completed");
        await AssertProblemAsync(await PostLessonAsync(coordinator, cohort, 2), HttpStatusCode.Conflict, "/cohort-completed");
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/training-cohorts/{Guid.NewGuid()}/complete", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task PassingStageTwo_MovesTheTraineeToPractice_WhereTheyMaySignUpForShifts()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await BringToPracticeAsync(coordinator, trainee);

        var volunteer = await LoadVolunteerAsync(trainee);
        Assert.Multiple(() =>
        {
            Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Trainee));
            Assert.That(volunteer.CurrentStage, Is.EqualTo(StageKind.Practice));
            Assert.That(volunteer.CanSignUpForShifts, Is.True);
        });
        var training = await TrainingOfAsync(coordinator, trainee);
        Assert.That(StageOf(training, Specialization)["status"]!.GetValue<string>(), Is.EqualTo("Passed"));
        Assert.That(StageOf(training, Specialization)["directionId"]!.GetValue<int>(), Is.EqualTo(await DirectionIdAsync("emergency")));
        Assert.That(StageOf(training, Practice)["status"]!.GetValue<string>(), Is.EqualTo("InProgress"));
        Assert.That(StageOf(training, Practice)["shiftsCompleted"]!.GetValue<int>(), Is.EqualTo(0));
    }
}
