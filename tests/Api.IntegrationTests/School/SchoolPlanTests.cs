using System.Net;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.School.Plans.GetSchoolPlanFigures;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.School;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>The yearly school plan and the figures statistics compare against it.</summary>
public sealed class SchoolPlanTests(TestDatabase database) : SchoolTest(database)
{
    [Test]
    public async Task Admin_SetsAndChangesAYearsTarget()
    {
        using var admin = await AdminAsync();
        var set = await admin.PutJsonAsync("/api/v1/school-plans/2026", new { target = 300 });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.OK), await set.Content.ReadAsStringAsync());
        var body = await set.ReadJsonAsync();
        Assert.That(body["year"]!.GetValue<int>(), Is.EqualTo(2026));
        Assert.That(body["target"]!.GetValue<int>(), Is.EqualTo(300));

        await admin.PutJsonAsync("/api/v1/school-plans/2026", new { target = 320 });
        var fetched = await (await Anonymous.GetAsync("/api/v1/school-plans/2026")).ReadJsonAsync();
        Assert.That(fetched["target"]!.GetValue<int>(), Is.EqualTo(320));
        var unplanned = await (await Anonymous.GetAsync("/api/v1/school-plans/2027")).ReadJsonAsync();
        Assert.That(unplanned["target"], Is.Null);
    }

    [Test]
    public async Task SettingAPlan_IsForAdmins_AndValidated()
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.PutJsonAsync("/api/v1/school-plans/2026", new { target = 300 }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.PutJsonAsync("/api/v1/school-plans/2026", new { target = 300 }), HttpStatusCode.Unauthorized);
        using var admin = await AdminAsync();
        var zero = await admin.PutJsonAsync("/api/v1/school-plans/2026", new { target = 0 });
        await AssertProblemAsync(zero, HttpStatusCode.BadRequest);
        Assert.That((await zero.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "target" }));
        await AssertProblemAsync(await admin.PutJsonAsync("/api/v1/school-plans/1999", new { target = 10 }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/school-plans/3000"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task TheFigures_CountEnrolmentsPassesAndGraduatesOfTheYear()
    {
        var year = HqToday.Year;
        using var coordinator = await CoordinatorAsync();
        await SetStageRulesAsync(Introductory, 1);
        await SetStageRulesAsync(Specialization, 1);
        var graduate = (await ATrainee().SaveAsync(Factory)).Id;
        var failing = (await ATrainee().SaveAsync(Factory)).Id;
        var lastYearsRetry = (await ATrainee().SaveAsync(Factory)).Id;

        // Enrolled last year (first introductory cohort started then), failed, and retried this year.
        var lastYears = await CreateCohortAsync(coordinator, Introductory, startsOn: $"{year - 1}-11-01");
        await AddMemberAsync(coordinator, lastYears, lastYearsRetry);
        await AddLessonsAsync(coordinator, lastYears, 1);
        await CompleteAsync(coordinator, lastYears);

        var thisYears = await CreateCohortAsync(coordinator, Introductory, startsOn: $"{year}-03-10");
        foreach (var trainee in new[] { graduate, failing, lastYearsRetry })
        {
            await AddMemberAsync(coordinator, thisYears, trainee);
        }

        var lesson = (await AddLessonsAsync(coordinator, thisYears, 1)).Single();
        await RecordAttendanceAsync(coordinator, thisYears, lesson, graduate, lastYearsRetry);
        await CompleteAsync(coordinator, thisYears);
        await PassCohortAsync(coordinator, Specialization, await DirectionIdAsync("emergency"), $"{year}-04-10", graduate);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(new VolunteerCheckedOut(
                graduate, Guid.NewGuid(), Guid.NewGuid(), new DateTimeOffset(year, 5, 20, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(year, 5, 20, 12, 0, 0, TimeSpan.Zero)));
        }

        await AnActiveVolunteer().ImportedAsTrained(new DateOnly(year, 2, 1)).SaveAsync(Factory);
        await AnActiveVolunteer().ImportedAsTrained(new DateOnly(year - 1, 6, 1)).SaveAsync(Factory);

        using var admin = await AdminAsync();
        var figures = await (await admin.PutJsonAsync($"/api/v1/school-plans/{year}", new { target = 300 })).ReadJsonAsync();
        AssertFigures(figures, year, target: 300, enrolled: 2, introductory: 2, specialization: 1, practice: 1, becameActive: 2);

        var lastYear = await (await Anonymous.GetAsync($"/api/v1/school-plans/{year - 1}")).ReadJsonAsync();
        AssertFigures(lastYear, year - 1, target: null, enrolled: 1, introductory: 0, specialization: 0, practice: 0, becameActive: 1);

        // The statistics reuse the same query.
        await using var statistics = Factory.Services.CreateAsyncScope();
        var reused = await statistics.ServiceProvider.GetRequiredService<ISender>().Send(new GetSchoolPlanFiguresQuery(year));
        Assert.That((reused.Target, reused.Enrolled, reused.PassedByStage[StageKind.Practice], reused.BecameActive), Is.EqualTo((300, 2, 1, 2)));
    }

    private static void AssertFigures(JsonNode figures, int year, int? target, int enrolled, int introductory, int specialization, int practice, int becameActive) =>
        Assert.Multiple(() =>
        {
            Assert.That(figures["year"]!.GetValue<int>(), Is.EqualTo(year));
            Assert.That(figures["target"]?.GetValue<int>(), Is.EqualTo(target));
            Assert.That(figures["enrolled"]!.GetValue<int>(), Is.EqualTo(enrolled), "enrolled");
            Assert.That(figures["passedByStage"]!["Introductory"]!.GetValue<int>(), Is.EqualTo(introductory), "introductory");
            Assert.That(figures["passedByStage"]!["Specialization"]!.GetValue<int>(), Is.EqualTo(specialization), "specialization");
            Assert.That(figures["passedByStage"]!["Practice"]!.GetValue<int>(), Is.EqualTo(practice), "practice");
            Assert.That(figures["becameActive"]!.GetValue<int>(), Is.EqualTo(becameActive), "became active");
        });
}
