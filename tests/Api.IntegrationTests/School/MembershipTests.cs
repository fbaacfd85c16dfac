using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>Who may join a cohort: the progression rules of the school.</summary>
public sealed class MembershipTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task ANewTrainee_JoinsAnIntroductoryCohort_AndIsListedAsAMember()
    {
        var staff = await StaffAsync("Coordinator");
        var trainee = (await ATrainee().Named("Dana", "Seitkali").SaveAsync(Factory)).Id;
        var cohort = await CreateCohortAsync(staff.Client, Introductory);

        var response = await PostMemberAsync(staff.Client, cohort, trainee);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var member = await response.ReadJsonAsync();
        Assert.That(member["volunteerId"]!.GetValue<string>(), Is.EqualTo(trainee.ToString()));

        var fetched = await (await staff.Client.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        var listed = fetched["members"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(fetched["memberCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(listed["lastName"]!.GetValue<string>(), Is.EqualTo("Seitkali"));
            Assert.That(listed["directionOverridden"]!.GetValue<bool>(), Is.False);
            Assert.That(listed["addedBy"]!.GetValue<string>(), Is.EqualTo(staff.AccountId.ToString()));
            Assert.That(listed["result"], Is.Null);
        });
    }

    [Test]
    public async Task ATraineeWhoHasNotPassedStageOne_CannotSkipToTheSpecialization()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var specialization = await CreateCohortAsync(coordinator, Specialization, await DirectionIdAsync("emergency"));
        await AssertProblemAsync(await PostMemberAsync(coordinator, specialization, trainee), HttpStatusCode.Conflict, "/training-previous-stage-not-passed");
    }

    [Test]
    public async Task ATraineeWhoPassedStageOne_CannotJoinItAgain_ButJoinsTheSpecialization()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await SetStageRulesAsync(Introductory, 1);
        await PassCohortAsync(coordinator, Introductory, null, "2026-03-10", trainee);

        var anotherIntroductory = await CreateCohortAsync(coordinator, Introductory);
        await AssertProblemAsync(await PostMemberAsync(coordinator, anotherIntroductory, trainee), HttpStatusCode.Conflict, "/training-stage-already-passed");
        var specialization = await CreateCohortAsync(coordinator, Specialization, await DirectionIdAsync("emergency"));
        Assert.That((await PostMemberAsync(coordinator, specialization, trainee)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ACohort_IsNeverFilledAboveItsCapacity()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory, capacity: 2);
        await AddMemberAsync(coordinator, cohort, (await ATrainee().SaveAsync(Factory)).Id);
        await AddMemberAsync(coordinator, cohort, (await ATrainee().SaveAsync(Factory)).Id);
        await AssertProblemAsync(await PostMemberAsync(coordinator, cohort, (await ATrainee().SaveAsync(Factory)).Id), HttpStatusCode.Conflict, "/cohort-full");
        var fetched = await (await coordinator.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        Assert.That(fetched["members"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ConcurrentEnrolments_NeverExceedTheCapacity()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory, capacity: 3);
        var trainees = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            trainees.Add((await ATrainee().SaveAsync(Factory)).Id);
        }

        var responses = await Task.WhenAll(trainees.Select(t => PostMemberAsync(coordinator, cohort, t)));
        Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.AnyOf(201, 409));
        var fetched = await (await coordinator.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        Assert.That(fetched["members"]!.AsArray(), Has.Count.LessThanOrEqualTo(3));
        Assert.That(fetched["memberCount"]!.GetValue<int>(), Is.EqualTo(fetched["members"]!.AsArray().Count));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(fetched["members"]!.AsArray().Count));
    }

    [Test]
    public async Task AVolunteer_IsNeverTwiceInOpenCohortsOfTheSameStage()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var first = await CreateCohortAsync(coordinator, Introductory);
        var second = await CreateCohortAsync(coordinator, Introductory);
        await AddMemberAsync(coordinator, first, trainee);
        await AssertProblemAsync(await PostMemberAsync(coordinator, first, trainee), HttpStatusCode.Conflict, "/training-already-in-open-cohort");
        await AssertProblemAsync(await PostMemberAsync(coordinator, second, trainee), HttpStatusCode.Conflict, "/training-already-in-open-cohort");
    }

    [Test]
    public async Task ASpecializationOutsideTheVolunteersDirections_NeedsAStaffOverride_WhichIsRecorded()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().InDirections("social").SaveAsync(Factory)).Id;
        await SetStageRulesAsync(Introductory, 1);
        await PassCohortAsync(coordinator, Introductory, null, "2026-03-10", trainee);
        var emergency = await CreateCohortAsync(coordinator, Specialization, await DirectionIdAsync("emergency"));

        await AssertProblemAsync(await PostMemberAsync(coordinator, emergency, trainee), HttpStatusCode.Conflict, "/training-direction-not-chosen");
        var overridden = await PostMemberAsync(coordinator, emergency, trainee, overrideDirection: true);
        Assert.That(overridden.StatusCode, Is.EqualTo(HttpStatusCode.Created), await overridden.Content.ReadAsStringAsync());
        Assert.That((await overridden.ReadJsonAsync())["directionOverridden"]!.GetValue<bool>(), Is.True);
        var fetched = await (await coordinator.GetAsync($"/api/v1/training-cohorts/{emergency}")).ReadJsonAsync();
        Assert.That(fetched["members"]!.AsArray().Single()!["directionOverridden"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task ATraineeWhoFailedAStage_StaysAtIt_AndPassesInALaterCohort()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await SetStageRulesAsync(Introductory, 1);
        var failedCohort = await CreateCohortAsync(coordinator, Introductory, startsOn: "2026-03-10");
        await AddMemberAsync(coordinator, failedCohort, trainee);
        await AddLessonsAsync(coordinator, failedCohort, 1);
        var failed = await CompleteAsync(coordinator, failedCohort);
        Assert.That(failed["members"]!.AsArray().Single()!["result"]!.GetValue<string>(), Is.EqualTo("Failed"));
        Assert.That((await LoadVolunteerAsync(trainee)).CurrentStage, Is.EqualTo(StageKind.Introductory));
        var afterFailing = StageOf(await TrainingOfAsync(coordinator, trainee), Introductory);
        Assert.That(afterFailing["status"]!.GetValue<string>(), Is.EqualTo("Failed"));
        Assert.That(afterFailing["cohortId"]!.GetValue<string>(), Is.EqualTo(failedCohort.ToString()));

        var retry = await PassCohortAsync(coordinator, Introductory, null, "2026-05-10", trainee);
        var volunteer = await LoadVolunteerAsync(trainee);
        Assert.That(volunteer.CurrentStage, Is.EqualTo(StageKind.Specialization));
        var afterPassing = StageOf(await TrainingOfAsync(coordinator, trainee), Introductory);
        Assert.That(afterPassing["status"]!.GetValue<string>(), Is.EqualTo("Passed"));
        Assert.That(afterPassing["cohortId"]!.GetValue<string>(), Is.EqualTo(retry.ToString()));
    }

    [Test]
    public async Task AnActiveVolunteer_MayAddASecondSpecialization_ButNotRepeatTheSchool()
    {
        using var coordinator = await CoordinatorAsync();
        var active = (await AnActiveVolunteer().InDirections("emergency", "medical").ImportedAsTrained(new DateOnly(2019, 6, 1)).SaveAsync(Factory)).Id;
        var medical = await CreateCohortAsync(coordinator, Specialization, await DirectionIdAsync("medical"));
        Assert.That((await PostMemberAsync(coordinator, medical, active)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var introductory = await CreateCohortAsync(coordinator, Introductory);
        await AssertProblemAsync(await PostMemberAsync(coordinator, introductory, active), HttpStatusCode.Conflict, "/training-stage-already-passed");

        await SetStageRulesAsync(Specialization, 1);
        var lesson = (await AddLessonsAsync(coordinator, medical, 1)).Single();
        await RecordAttendanceAsync(coordinator, medical, lesson, active);
        await CompleteAsync(coordinator, medical);
        Assert.That((await LoadVolunteerAsync(active)).Status, Is.EqualTo(VolunteerStatus.Active), "an active volunteer stays active");
        var again = await CreateCohortAsync(coordinator, Specialization, await DirectionIdAsync("medical"));
        await AssertProblemAsync(await PostMemberAsync(coordinator, again, active), HttpStatusCode.Conflict, "/training-direction-already-passed");
    }

    [Test]
    public async Task Enrolment_RefusesCompletedCohortsAndUnknownVolunteers_AndNeedsStaff()
    {
        using var coordinator = await CoordinatorAsync();
        await SetStageRulesAsync(Introductory, 1);
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        await AssertProblemAsync(await PostMemberAsync(coordinator, cohort, Guid.NewGuid()), HttpStatusCode.NotFound);
        await AssertProblemAsync(await PostMemberAsync(coordinator, Guid.NewGuid(), (await ATrainee().SaveAsync(Factory)).Id), HttpStatusCode.NotFound);
        using var trainer = await TrainerAsync();
        await AssertProblemAsync(await PostMemberAsync(trainer, cohort, (await ATrainee().SaveAsync(Factory)).Id), HttpStatusCode.Forbidden);

        await AddLessonsAsync(coordinator, cohort, 1);
        await CompleteAsync(coordinator, cohort);
        await AssertProblemAsync(await PostMemberAsync(coordinator, cohort, (await ATrainee().SaveAsync(Factory)).Id), HttpStatusCode.Conflict, "/cohort-completed");
    }
}
