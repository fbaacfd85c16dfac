using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.School;

namespace Volunteers.Api.IntegrationTests.Security;

public sealed class CohortReadAccessTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task GetCohort_ByAnotherTrainer_Returns403_WhileItsTrainerAndCoordinatorsReadIt()
    {
        using var coordinator = await CoordinatorAsync();
        var own = await StaffAsync("Trainer");
        var other = await StaffAsync("Trainer");
        var cohort = await CreateCohortAsync(coordinator, Introductory, trainerId: own.AccountId);
        await AddMemberAsync(coordinator, cohort, (await ATrainee().SaveAsync(Factory)).Id);

        await AssertProblemAsync(await other.Client.GetAsync($"/api/v1/training-cohorts/{cohort}"), HttpStatusCode.Forbidden);
        Assert.That((await own.Client.GetAsync($"/api/v1/training-cohorts/{cohort}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await coordinator.GetAsync($"/api/v1/training-cohorts/{cohort}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        own.Client.Dispose();
        other.Client.Dispose();
    }

    [Test]
    public async Task GetCohort_WithoutATrainer_IsHiddenFromTrainers()
    {
        using var coordinator = await CoordinatorAsync();
        using var trainer = await TrainerAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);

        await AssertProblemAsync(await trainer.GetAsync($"/api/v1/training-cohorts/{cohort}"), HttpStatusCode.Forbidden);
    }
}
