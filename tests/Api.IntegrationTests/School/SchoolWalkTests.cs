using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>
/// Issue 5's story, over HTTP only and with the seeded stage rules: from the public application form to an active
/// volunteer who sees their three passed stages. docs/school.md lists these calls with their status codes; the test
/// writes the same list to its output.
/// </summary>
public sealed class SchoolWalkTests(TestDatabase database) : SchoolTest(database)
{
    private const int IntroductoryLessons = 10; // the seeded rule: 10 lessons at 80 %

    private readonly List<(string Call, string Who, int Status)> _walk = [];

    /// <summary>One call of the walk: it must answer <paramref name="expected"/>; its body (if any) comes back.</summary>
    private async Task<JsonNode?> StepAsync(string call, string who, HttpStatusCode expected, Func<Task<HttpResponseMessage>> send)
    {
        var response = await send();
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{call} ({who}): {text}");
        _walk.Add((call, who, (int)response.StatusCode));
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static Guid Id(JsonNode? node, string field = "id") => node![field]!.GetValue<Guid>();

    [Test]
    public async Task FromTheApplicationForm_ToAnActiveVolunteer_OverHttpOnly()
    {
        var social = await DirectionIdAsync("social");
        var application = ApplicationBuilder.AnApplication().WithDirections(social);
        using var coordinator = await CoordinatorAsync();
        var trainer = await StaffAsync("Trainer");
        using var teacher = trainer.Client;

        // The applicant applies; a coordinator approves: a trainee at the introductory stage.
        var applied = await StepAsync("POST /applications", "public", HttpStatusCode.Created,
            () => Anonymous.PostJsonAsync("/api/v1/applications", application.Build(HqToday)));
        Assert.That(applied!["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
        var volunteerId = Id(await StepAsync("POST /applications/{id}/approve", "coordinator", HttpStatusCode.OK,
            () => coordinator.PostAsync($"/api/v1/applications/{Id(applied)}/approve", null)), "volunteerId");

        // Stage 1: an introductory cohort, ten lessons, full attendance, completed by its trainer.
        var intro = Id(await StepAsync("POST /training-cohorts {stageId: 1, trainerId}", "coordinator", HttpStatusCode.Created,
            () => coordinator.PostJsonAsync("/api/v1/training-cohorts",
                new { stageId = Introductory, title = "Intro, March", startsOn = HqToday.ToString("yyyy-MM-dd"), capacity = 25, trainerId = trainer.AccountId })));
        await StepAsync("POST /training-cohorts/{c1}/members", "coordinator", HttpStatusCode.Created,
            () => PostMemberAsync(coordinator, intro, volunteerId));
        await TeachAsync(teacher, intro, "c1", IntroductoryLessons, volunteerId);
        var introResult = await StepAsync("POST /training-cohorts/{c1}/complete", "trainer", HttpStatusCode.OK,
            () => teacher.PostAsync($"/api/v1/training-cohorts/{intro}/complete", null));
        Assert.That(introResult!.ToJsonString(), Does.Contain("Passed"));

        // Stage 2: a specialisation cohort in the direction the applicant chose.
        var special = Id(await StepAsync("POST /training-cohorts {stageId: 2, directionId, trainerId}", "coordinator", HttpStatusCode.Created,
            () => coordinator.PostJsonAsync("/api/v1/training-cohorts",
                new { stageId = Specialization, directionId = social, title = "Social work", startsOn = HqToday.AddDays(30).ToString("yyyy-MM-dd"), capacity = 25, trainerId = trainer.AccountId })));
        await StepAsync("POST /training-cohorts/{c2}/members", "coordinator", HttpStatusCode.Created,
            () => PostMemberAsync(coordinator, special, volunteerId));
        await TeachAsync(teacher, special, "c2", 1, volunteerId);
        await StepAsync("POST /training-cohorts/{c2}/complete", "trainer", HttpStatusCode.OK,
            () => teacher.PostAsync($"/api/v1/training-cohorts/{special}/complete", null));
        Assert.That((await GetAsync(coordinator, $"/api/v1/volunteers/{volunteerId}"))["currentStage"]!.GetValue<string>(), Is.EqualTo("Practice"));

        // Stage 3: practice on a real shift of a published campaign.
        var text = new { kk = "Қамқорлық мекенжайы", ru = "Адрес заботы", en = "Address of Care" };
        var campaign = Id(await StepAsync("POST /campaigns", "coordinator", HttpStatusCode.Created,
            () => coordinator.PostJsonAsync("/api/v1/campaigns", new
            {
                title = text, description = text, directionId = social, kind = "Regular",
                startsOn = HqToday.ToString("yyyy-MM-dd"), endsOn = HqToday.AddDays(10).ToString("yyyy-MM-dd"),
            })));
        await StepAsync("POST /campaigns/{campaignId}/publish", "coordinator", HttpStatusCode.OK,
            () => coordinator.PostAsync($"/api/v1/campaigns/{campaign}/publish", null));
        var shift = Id(await StepAsync("POST /campaigns/{campaignId}/shifts", "coordinator", HttpStatusCode.Created,
            () => coordinator.PostJsonAsync($"/api/v1/campaigns/{campaign}/shifts", new
            {
                startsAt = HqTime(HqToday.AddDays(1), 10),
                endsAt = HqTime(HqToday.AddDays(1), 14),
                capacity = 10,
                location = "Ул. Кенесары, 1",
            })));
        var seat = await StepAsync("POST /shifts/{shiftId}/signups {volunteerId}", "coordinator", HttpStatusCode.Created,
            () => coordinator.PostJsonAsync($"/api/v1/shifts/{shift}/signups", new { volunteerId }));
        Assert.That(seat!["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        var now = Clock.GetUtcNow();
        await StepAsync("POST /shifts/{shiftId}/signups/{volunteerId}/check-in {at}", "coordinator", HttpStatusCode.OK,
            () => coordinator.PostJsonAsync($"/api/v1/shifts/{shift}/signups/{volunteerId}/check-in", new { at = now.AddHours(-4) }));
        await StepAsync("POST /shifts/{shiftId}/signups/{volunteerId}/check-out {at}", "coordinator", HttpStatusCode.OK,
            () => coordinator.PostJsonAsync($"/api/v1/shifts/{shift}/signups/{volunteerId}/check-out", new { at = now.AddHours(-1) }));

        // The new volunteer signs in for the first time and sees their record and their school.
        var invitation = await StepAsync("POST /volunteers/{volunteerId}/invitation", "coordinator", HttpStatusCode.Created,
            () => coordinator.PostAsync($"/api/v1/volunteers/{volunteerId}/invitation", null));
        await StepAsync("POST /auth/accept-invitation {token, password}", "the volunteer", HttpStatusCode.NoContent,
            () => Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = invitation!["token"]!.GetValue<string>(), password = "Volunt33r-2026!" }));
        var login = await StepAsync("POST /auth/login {email, password}", "the volunteer", HttpStatusCode.OK,
            () => Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = application.Email, password = "Volunt33r-2026!" }));
        using var self = ClientWithToken(login!["accessToken"]!.GetValue<string>());
        var record = await StepAsync("GET /volunteers/{volunteerId}", "the volunteer", HttpStatusCode.OK,
            () => self.GetAsync($"/api/v1/volunteers/{volunteerId}"));
        var training = await StepAsync("GET /volunteers/{volunteerId}/training", "the volunteer", HttpStatusCode.OK,
            () => self.GetAsync($"/api/v1/volunteers/{volunteerId}/training"));

        Assert.Multiple(() =>
        {
            Assert.That(record!["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(record["currentStage"], Is.Null);
            Assert.That(record["hours"]!.GetValue<double>(), Is.EqualTo(3));
            var stages = training!["stages"]!.AsArray();
            Assert.That(stages.Select(s => s!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Introductory", "Specialization", "Practice" }));
            Assert.That(stages.Select(s => s!["status"]!.GetValue<string>()), Is.All.EqualTo("Passed"));
            Assert.That(stages[0]!["cohortId"]!.GetValue<Guid>(), Is.EqualTo(intro));
            Assert.That(stages[0]!["attendancePercent"]!.GetValue<double>(), Is.EqualTo(100));
            Assert.That(stages[1]!["cohortId"]!.GetValue<Guid>(), Is.EqualTo(special));
            Assert.That(stages[2]!["shiftsCompleted"]!.GetValue<int>(), Is.EqualTo(1));
        });

        TestContext.Out.WriteLine(string.Join(Environment.NewLine, Walk()));
    }

    /// <summary>The trainer schedules <paramref name="lessons"/> lessons and marks the trainee present at each.</summary>
    private async Task TeachAsync(HttpClient trainer, Guid cohortId, string cohortName, int lessons, Guid trainee)
    {
        for (var number = 1; number <= lessons; number++)
        {
            var lesson = Id(await StepAsync($"POST /training-cohorts/{{{cohortName}}}/lessons {{topic, startsAt, durationMinutes, location}}", "trainer",
                HttpStatusCode.Created, () => PostLessonAsync(trainer, cohortId, number)));
            await StepAsync($"PUT /training-cohorts/{{{cohortName}}}/lessons/{{lessonId}}/attendance {{presentVolunteerIds}}", "trainer", HttpStatusCode.OK,
                () => PutAttendanceAsync(trainer, cohortId, lesson, trainee));
        }
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>The walk as a numbered list, repeated calls folded into one line with "× n".</summary>
    private IEnumerable<string> Walk()
    {
        var folded = new List<(string Call, string Who, int Status, int Times)>();
        foreach (var step in _walk)
        {
            var same = folded.FindLastIndex(f => f.Call == step.Call && f.Who == step.Who && f.Status == step.Status);
            if (same >= 0 && same >= folded.Count - 2)
            {
                folded[same] = folded[same] with { Times = folded[same].Times + 1 };
            }
            else
            {
                folded.Add((step.Call, step.Who, step.Status, 1));
            }
        }

        return folded.Select((f, i) => $"| {i + 1} | `{f.Call}`{(f.Times > 1 ? $" × {f.Times}" : "")} | {f.Who} | {f.Status} |");
    }
}
