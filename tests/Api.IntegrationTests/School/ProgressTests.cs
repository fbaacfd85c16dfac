using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary><c>GET /volunteers/{id}/training</c>: the school, stage by stage, for those allowed to see it.</summary>
public sealed class ProgressTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task ANewTrainee_HasNotStartedAnyStage_ThenIsInProgressInTheirCohort()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var training = await TrainingOfAsync(coordinator, trainee);
        Assert.That(training["volunteerId"]!.GetValue<string>(), Is.EqualTo(trainee.ToString()));
        var stages = training["stages"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(stages.Select(s => s!["order"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(stages.Select(s => s!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Introductory", "Specialization", "Practice" }));
            Assert.That(stages.Select(s => s!["status"]!.GetValue<string>()), Is.All.EqualTo("NotStarted"));
            Assert.That(stages.Select(s => s!.AsObject().ContainsKey("passedOn") && s["passedOn"] is null), Is.All.True);
        });

        var cohort = await CreateCohortAsync(coordinator, Introductory);
        await AddMemberAsync(coordinator, cohort, trainee);
        var introductory = StageOf(await TrainingOfAsync(coordinator, trainee), Introductory);
        Assert.That(introductory["status"]!.GetValue<string>(), Is.EqualTo("InProgress"));
        Assert.That(introductory["cohortId"]!.GetValue<string>(), Is.EqualTo(cohort.ToString()));
    }

    [Test]
    public async Task APassedStage_ShowsItsCohortAttendanceAndDate()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await SetStageRulesAsync(Introductory, 1);
        var cohort = await PassCohortAsync(coordinator, Introductory, null, "2026-03-10", trainee);

        var training = await TrainingOfAsync(coordinator, trainee);
        var introductory = StageOf(training, Introductory);
        Assert.Multiple(() =>
        {
            Assert.That(introductory["status"]!.GetValue<string>(), Is.EqualTo("Passed"));
            Assert.That(introductory["cohortId"]!.GetValue<string>(), Is.EqualTo(cohort.ToString()));
            Assert.That(introductory["attendancePercent"]!.GetValue<decimal>(), Is.EqualTo(100m));
            Assert.That(introductory["passedOn"]!.GetValue<string>(), Is.EqualTo(HqToday.ToString("yyyy-MM-dd")));
            Assert.That(StageOf(training, Specialization)["status"]!.GetValue<string>(), Is.EqualTo("NotStarted"));
        });
    }

    [Test]
    public async Task AnImportedVolunteer_HasPassedEveryStageOnTheirTrainingDate()
    {
        using var coordinator = await CoordinatorAsync();
        var imported = (await AnActiveVolunteer().ImportedAsTrained(new DateOnly(2018, 10, 5)).SaveAsync(Factory)).Id;
        var stages = (await TrainingOfAsync(coordinator, imported))["stages"]!.AsArray();
        Assert.That(stages.Select(s => s!["status"]!.GetValue<string>()), Is.All.EqualTo("Passed"));
        Assert.That(stages.Select(s => s!["passedOn"]!.GetValue<string>()), Is.All.EqualTo("2018-10-05"));
    }

    [Test]
    public async Task TheVolunteerThemself_SeesTheirTraining_AnotherVolunteerIsForbidden()
    {
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var other = (await ATrainee().SaveAsync(Factory)).Id;
        using var self = await VolunteerClientAsync(trainee);

        Assert.That((await self.GetAsync($"/api/v1/volunteers/{trainee}/training")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await self.GetAsync($"/api/v1/volunteers/{other}/training"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await self.GetAsync($"/api/v1/volunteers/{Guid.NewGuid()}/training"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/volunteers/{trainee}/training"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ATrainer_SeesTheTrainingOfTheirCohortsMembersOnly_StaffSeeEveryone()
    {
        using var coordinator = await CoordinatorAsync();
        using var admin = await AdminAsync();
        var trainer = await StaffAsync("Trainer");
        var otherTrainer = await StaffAsync("Trainer");
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var cohort = await CreateCohortAsync(coordinator, Introductory, trainerId: trainer.AccountId);
        await AddMemberAsync(coordinator, cohort, trainee);

        Assert.That((await trainer.Client.GetAsync($"/api/v1/volunteers/{trainee}/training")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await otherTrainer.Client.GetAsync($"/api/v1/volunteers/{trainee}/training"), HttpStatusCode.Forbidden);
        Assert.That((await admin.GetAsync($"/api/v1/volunteers/{trainee}/training")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/volunteers/{Guid.NewGuid()}/training"), HttpStatusCode.NotFound);
    }
}
