using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Statistics;

/// <summary>
/// The figures /stats takes from the campaigns, help requests and the school, on a data set made over HTTP the way
/// staff make it: every figure is non-zero and exact, and the things that must not count are there beside it.
/// </summary>
public sealed class StatsFiguresTests(TestDatabase database) : CampaignApiTest(database)
{
    private const int IntroductoryStageId = 1;

    [Test]
    public async Task Stats_CountCompletedCampaigns_CheckedOutHours_CompletedHelpRequests_AndTheYearsSchoolPlan()
    {
        using var coordinator = await CoordinatorAsync();
        using var admin = await AdminAsync();
        var now = Clock.GetUtcNow();

        // A campaign with two volunteers who worked 2 h 30 min and 1 h 12 min (3.7 h); a third signed up and never came.
        var completed = await CampaignAsync(coordinator, "publish", "start");
        var shift = await AddShiftAsync(coordinator, completed, HqTime(HqToday, 9), HqTime(HqToday, 13));
        var (first, second, absent) = (await ActiveVolunteerAsync("Первая"), await ActiveVolunteerAsync("Второй"), await ActiveVolunteerAsync("Третья"));
        foreach (var volunteer in new[] { first, second, absent })
        {
            await SignedUpAsync(coordinator, shift, volunteer);
        }

        await CheckAsync(coordinator, shift, first, "check-in", now.AddHours(-3));
        await CheckAsync(coordinator, shift, first, "check-out", now.AddMinutes(-30));
        await CheckAsync(coordinator, shift, second, "check-in", now.AddHours(-2));
        await CheckAsync(coordinator, shift, second, "check-out", now.AddHours(-2).AddMinutes(72));
        await CheckAsync(coordinator, shift, absent, "check-in", now.AddHours(-1)); // checked in, not out: no hours yet

        // Help requests on that shift: one completed, one only assigned, one cancelled.
        var done = await HelpRequestAsync(coordinator);
        await HelpRequestStepAsync(coordinator, done, "assign", shift);
        await HelpRequestStepAsync(coordinator, done, "complete");
        var assigned = await HelpRequestAsync(coordinator);
        await HelpRequestStepAsync(coordinator, assigned, "assign", shift);
        await HelpRequestStepAsync(coordinator, await HelpRequestAsync(coordinator), "cancel");

        // Campaigns: the one above completed, and a second one; a published, a started and a cancelled one do not count.
        await TransitionAsync(coordinator, completed, "complete");
        await CampaignAsync(coordinator, "publish", "start", "complete");
        await CampaignAsync(coordinator, "publish");
        await CampaignAsync(coordinator, "publish", "start");
        await CampaignAsync(coordinator, "cancel");

        // The school: this year's plan (last year's does not count) and two trainees in an introductory cohort.
        var year = HqToday.Year;
        await PutOkAsync(admin, $"/api/v1/school-plans/{year}", new { target = 300 });
        await PutOkAsync(admin, $"/api/v1/school-plans/{year - 1}", new { target = 250 });
        var cohort = await PostOkAsync(coordinator, "/api/v1/training-cohorts",
            new { stageId = IntroductoryStageId, title = "Spring intake", startsOn = HqToday.ToString("yyyy-MM-dd"), capacity = 20 });
        foreach (var trainee in new[] { await ATrainee().SaveIdAsync(Factory), await ATrainee().SaveIdAsync(Factory) })
        {
            await PostOkAsync(coordinator, $"/api/v1/training-cohorts/{IdOf(cohort)}/members", new { volunteerId = trainee });
        }

        await ATrainee().SaveIdAsync(Factory); // approved, not enrolled in any cohort

        Clock.Advance(TimeSpan.FromSeconds(11)); // past the ten-second cache of any earlier read
        var stats = await GetJsonAsync(Anonymous, "/api/v1/stats");
        Assert.Multiple(() =>
        {
            Assert.That(stats["campaignsCompleted"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(stats["volunteerHours"]!.GetValue<decimal>(), Is.EqualTo(3.7m), "150 + 72 checked-out minutes");
            Assert.That(stats["helpRequestsCompleted"]!.GetValue<int>(), Is.EqualTo(1));
            var plan = stats["schoolPlan"]!;
            Assert.That(plan["year"]!.GetValue<int>(), Is.EqualTo(year));
            Assert.That(plan["target"]!.GetValue<int>(), Is.EqualTo(300));
            Assert.That(plan["enrolled"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(plan["passed"]!.GetValue<int>(), Is.Zero, "the active volunteers were trained in 2020");
        });
    }

    private static async Task CheckAsync(HttpClient staff, Guid shiftId, Guid volunteerId, string action, DateTimeOffset at) =>
        await PostOkAsync(staff, $"/api/v1/shifts/{shiftId}/signups/{volunteerId}/{action}", new { at }, HttpStatusCode.OK);

    private static async Task<Guid> HelpRequestAsync(HttpClient staff) => IdOf(await PostOkAsync(staff, "/api/v1/help-requests", HelpRequestBody()));

    private static async Task HelpRequestStepAsync(HttpClient staff, Guid id, string action, Guid? shiftId = null) =>
        await PostOkAsync(staff, $"/api/v1/help-requests/{id}/{action}", shiftId is null ? new { } : (object)new { shiftId }, HttpStatusCode.OK);

    private static async Task<JsonNode> PostOkAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{url}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    private static async Task PutOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PutJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{url}: {await response.Content.ReadAsStringAsync()}");
    }
}
