using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>Lessons and attendance belong to the cohort's trainer, coordinators and admins.</summary>
public sealed class AttendanceTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task TheCohortsTrainer_AddsLessonsAndRecordsAttendance()
    {
        using var coordinator = await CoordinatorAsync();
        var trainer = await StaffAsync("Trainer");
        var cohort = await CreateCohortAsync(coordinator, Introductory, trainerId: trainer.AccountId);
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, trainee);

        var created = await PostLessonAsync(trainer.Client, cohort);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var lesson = await created.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(lesson["topic"]!.GetValue<string>(), Is.EqualTo("Lesson 1"));
            Assert.That(lesson["durationMinutes"]!.GetValue<int>(), Is.EqualTo(90));
            Assert.That(lesson["location"]!.GetValue<string>(), Is.EqualTo("Youth resource centre"));
            Assert.That(lesson["presentVolunteerIds"]!.AsArray(), Is.Empty);
        });
        var lessonId = Guid.Parse(lesson["id"]!.GetValue<string>());

        var recorded = await PutAttendanceAsync(trainer.Client, cohort, lessonId, trainee);
        Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await recorded.Content.ReadAsStringAsync());
        Assert.That((await recorded.ReadJsonAsync())["presentVolunteerIds"]!.AsArray().Select(i => i!.GetValue<string>()), Is.EqualTo(new[] { trainee.ToString() }));
        var fetched = await (await trainer.Client.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        Assert.That(fetched["members"]!.AsArray().Single()!["lessonsAttended"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(fetched["members"]!.AsArray().Single()!["attendancePercent"]!.GetValue<decimal>(), Is.EqualTo(100m));
    }

    [Test]
    public async Task ATrainerOfAnotherCohort_IsForbiddenToTeachThisOne()
    {
        using var coordinator = await CoordinatorAsync();
        var ownTrainer = await StaffAsync("Trainer");
        var otherTrainer = await StaffAsync("Trainer");
        var cohort = await CreateCohortAsync(coordinator, Introductory, trainerId: ownTrainer.AccountId);
        await CreateCohortAsync(coordinator, Introductory, trainerId: otherTrainer.AccountId);
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, trainee);
        var lesson = (await AddLessonsAsync(ownTrainer.Client, cohort, 1)).Single();

        await AssertProblemAsync(await PutAttendanceAsync(otherTrainer.Client, cohort, lesson, trainee), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await PostLessonAsync(otherTrainer.Client, cohort, 2), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await otherTrainer.Client.PostAsync($"/api/v1/training-cohorts/{cohort}/complete", null), HttpStatusCode.Forbidden);

        var fetched = await (await coordinator.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        Assert.That(fetched["lessons"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(fetched["lessons"]!.AsArray().Single()!["presentVolunteerIds"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task CoordinatorsAndAdmins_RecordAttendanceForAnyCohort_VolunteersMayNot()
    {
        using var coordinator = await CoordinatorAsync();
        using var admin = await AdminAsync();
        var trainer = await StaffAsync("Trainer");
        var cohort = await CreateCohortAsync(coordinator, Introductory, trainerId: trainer.AccountId);
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, trainee);
        var lesson = (await AddLessonsAsync(coordinator, cohort, 1)).Single();

        await RecordAttendanceAsync(coordinator, cohort, lesson, trainee);
        await RecordAttendanceAsync(admin, cohort, lesson, trainee);
        using var volunteer = await VolunteerClientAsync(trainee);
        await AssertProblemAsync(await PutAttendanceAsync(volunteer, cohort, lesson, trainee), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await PutAttendanceAsync(Anonymous, cohort, lesson, trainee), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task RecordingAttendance_ReplacesTheLessonsRecord()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        var first = (await ATrainee().SaveAsync(Factory)).Id;
        var second = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, first);
        await AddMemberAsync(coordinator, cohort, second);
        var lessons = await AddLessonsAsync(coordinator, cohort, 2);

        await RecordAttendanceAsync(coordinator, cohort, lessons[0], first, second);
        await RecordAttendanceAsync(coordinator, cohort, lessons[1], first);
        var replaced = await PutAttendanceAsync(coordinator, cohort, lessons[0], second);
        Assert.That((await replaced.ReadJsonAsync())["presentVolunteerIds"]!.AsArray().Select(i => i!.GetValue<string>()), Is.EqualTo(new[] { second.ToString() }));

        var fetched = await (await coordinator.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        var attended = fetched["members"]!.AsArray().ToDictionary(m => m!["volunteerId"]!.GetValue<string>(), m => m!["lessonsAttended"]!.GetValue<int>());
        Assert.That(attended[first.ToString()], Is.EqualTo(1), "only the second lesson now");
        Assert.That(attended[second.ToString()], Is.EqualTo(1));

        var cleared = await PutAttendanceAsync(coordinator, cohort, lessons[0]);
        Assert.That((await cleared.ReadJsonAsync())["presentVolunteerIds"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Attendance_AcceptsOnlyMembers_OfAKnownLesson()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        var member = (await ATrainee().SaveAsync(Factory)).Id;
        var stranger = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, member);
        var lesson = (await AddLessonsAsync(coordinator, cohort, 1)).Single();

        await AssertProblemAsync(await PutAttendanceAsync(coordinator, cohort, lesson, member, stranger), HttpStatusCode.Conflict, "/attendance-not-a-member");
        await AssertProblemAsync(await PutAttendanceAsync(coordinator, cohort, Guid.NewGuid(), member), HttpStatusCode.NotFound);
        await AssertProblemAsync(
            await coordinator.PutJsonAsync($"/api/v1/training-cohorts/{cohort}/lessons/{lesson}/attendance", new { }), HttpStatusCode.BadRequest);
        var otherCohort = await CreateCohortAsync(coordinator, Introductory);
        await AssertProblemAsync(await PutAttendanceAsync(coordinator, otherCohort, lesson), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Attendance_MayBeRecordedForPastAndFutureLessonsAlike()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await AddMemberAsync(coordinator, cohort, trainee);
        foreach (var startsAt in new[] { Clock.GetUtcNow().AddDays(-40), Clock.GetUtcNow().AddDays(40) })
        {
            var created = await coordinator.PostJsonAsync($"/api/v1/training-cohorts/{cohort}/lessons",
                new { topic = "Psychology", startsAt, durationMinutes = 120, location = "Hall" });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            await RecordAttendanceAsync(coordinator, cohort, Guid.Parse((await created.ReadJsonAsync())["id"]!.GetValue<string>()), trainee);
        }

        var fetched = await (await coordinator.GetAsync($"/api/v1/training-cohorts/{cohort}")).ReadJsonAsync();
        Assert.That(fetched["members"]!.AsArray().Single()!["lessonsAttended"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task ALesson_IsValidated()
    {
        using var coordinator = await CoordinatorAsync();
        var cohort = await CreateCohortAsync(coordinator, Introductory);
        var response = await coordinator.PostJsonAsync($"/api/v1/training-cohorts/{cohort}/lessons",
            new { topic = "", durationMinutes = 0, location = "" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "topic", "startsAt", "durationMinutes", "location" }));
    }
}
