using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.School;

public sealed class CohortTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task CreateCohort_AsCoordinator_Returns201WithLocation_AndTheCohortReadsBack()
    {
        using var coordinator = await CoordinatorAsync();
        var trainer = await StaffAsync("Trainer");
        var created = await PostCohortAsync(coordinator, Introductory, capacity: 25, trainerId: trainer.AccountId);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.ReadJsonAsync();
        var id = body["id"]!.GetValue<string>();
        Assert.That(created.Headers.Location!.ToString(), Does.EndWith($"/api/v1/training-cohorts/{id}"));

        var fetched = await (await trainer.Client.GetAsync($"/api/v1/training-cohorts/{id}")).ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(fetched["stageId"]!.GetValue<int>(), Is.EqualTo(Introductory));
            Assert.That(fetched["stage"]!.GetValue<string>(), Is.EqualTo("Introductory"));
            Assert.That(fetched["directionId"], Is.Null);
            Assert.That(fetched["startsOn"]!.GetValue<string>(), Is.EqualTo("2026-03-10"));
            Assert.That(fetched["capacity"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(fetched["trainerId"]!.GetValue<string>(), Is.EqualTo(trainer.AccountId.ToString()));
            Assert.That(fetched["status"]!.GetValue<string>(), Is.EqualTo("Open"));
            Assert.That(fetched["members"]!.AsArray(), Is.Empty);
            Assert.That(fetched["lessons"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task CreateCohort_TheDirectionFollowsTheStage()
    {
        using var coordinator = await CoordinatorAsync();
        var social = await DirectionIdAsync("social");
        await AssertProblemAsync(await PostCohortAsync(coordinator, Specialization), HttpStatusCode.Conflict, "/cohort-direction-required");
        await AssertProblemAsync(await PostCohortAsync(coordinator, Introductory, social), HttpStatusCode.Conflict, "/cohort-direction-not-allowed");
        var specialization = await PostCohortAsync(coordinator, Specialization, social);
        Assert.That(specialization.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await specialization.ReadJsonAsync())["directionId"]!.GetValue<int>(), Is.EqualTo(social));
    }

    [Test]
    public async Task CreateCohort_ForThePracticeStage_IsRefused()
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await PostCohortAsync(coordinator, Practice), HttpStatusCode.Conflict, "/cohort-practice-stage");
    }

    [Test]
    public async Task CreateCohort_WithBadReferencesOrCapacity_Returns400PerField()
    {
        using var admin = await AdminAsync();
        var inactive = await DirectionIdAsync("ecology");
        Assert.That((await admin.PostAsync($"/api/v1/directions/{inactive}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var coordinator = await StaffAsync("Coordinator");

        var response = await admin.PostJsonAsync("/api/v1/training-cohorts",
            new { stageId = 9, directionId = inactive, title = " ", startsOn = "2026-03-10", capacity = 0, trainerId = coordinator.AccountId });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "stageId", "directionId", "title", "capacity", "trainerId" }));

        await AssertProblemAsync(await PostCohortAsync(admin, Specialization, directionId: 999), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await PostCohortAsync(admin, Introductory, trainerId: Guid.NewGuid()), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task CreateCohort_NeedsCoordinatorOrAdmin()
    {
        await AssertProblemAsync(await PostCohortAsync(Anonymous, Introductory), HttpStatusCode.Unauthorized);
        using var trainer = await TrainerAsync();
        await AssertProblemAsync(await PostCohortAsync(trainer, Introductory), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CreateCohort_RetriedWithTheSameIdempotencyKey_CreatesOneCohort()
    {
        using var coordinator = await CoordinatorAsync();
        coordinator.DefaultRequestHeaders.Add("Idempotency-Key", "cohort-1");
        var first = await PostCohortAsync(coordinator, Introductory);
        var retry = await PostCohortAsync(coordinator, Introductory);
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await retry.ReadJsonAsync())["id"]!.GetValue<string>(), Is.EqualTo((await first.ReadJsonAsync())["id"]!.GetValue<string>()));
        var list = await (await coordinator.GetAsync("/api/v1/training-cohorts")).ReadJsonAsync();
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ListCohorts_FiltersByStageDirectionAndStatus_AndPages()
    {
        using var coordinator = await CoordinatorAsync();
        var social = await DirectionIdAsync("social");
        var medical = await DirectionIdAsync("medical");
        var march = await CreateCohortAsync(coordinator, Introductory, startsOn: "2026-03-01");
        var april = await CreateCohortAsync(coordinator, Introductory, startsOn: "2026-04-01");
        var trainer = await StaffAsync("Trainer");
        var socialCohort = await CreateCohortAsync(coordinator, Specialization, social, trainerId: trainer.AccountId);
        await CreateCohortAsync(coordinator, Specialization, medical);
        await SetStageRulesAsync(Introductory, 1);
        await AddLessonsAsync(coordinator, march, 1);
        await CompleteAsync(coordinator, march);

        async Task<List<string>> Ids(string query)
        {
            var page = await (await coordinator.GetAsync($"/api/v1/training-cohorts{query}")).ReadJsonAsync();
            return [.. page["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>())];
        }

        var byStage = await Ids($"?stageId={Introductory}");
        var byDirection = await Ids($"?directionId={social}");
        var completed = await Ids("?status=Completed");
        var openIntroductory = await Ids($"?stageId={Introductory}&status=Open");
        var trainers = await Ids($"?trainerId={trainer.AccountId}");
        Assert.Multiple(() =>
        {
            Assert.That(byStage, Is.EqualTo(new[] { april.ToString(), march.ToString() }), "latest start first");
            Assert.That(byDirection, Is.EqualTo(new[] { socialCohort.ToString() }));
            Assert.That(completed, Is.EqualTo(new[] { march.ToString() }));
            Assert.That(openIntroductory, Is.EqualTo(new[] { april.ToString() }));
            Assert.That(trainers, Is.EqualTo(new[] { socialCohort.ToString() }));
        });

        var paged = await (await coordinator.GetAsync("/api/v1/training-cohorts?page=2&pageSize=3")).ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(paged["totalCount"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(paged["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(paged["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/training-cohorts?pageSize=101"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/training-cohorts?status=Finished"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ReadingCohorts_IsForStaffAndTrainers()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/training-cohorts"), HttpStatusCode.Unauthorized);
        var volunteer = (await ATrainee().SaveAsync(Factory)).Id;
        using var volunteerClient = await VolunteerClientAsync(volunteer);
        await AssertProblemAsync(await volunteerClient.GetAsync($"/api/v1/training-cohorts/{cohort}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/training-cohorts/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }
}
