using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>The school's tests: the calls a coordinator and a trainer make, as helpers that assert each step succeeded.</summary>
public abstract class SchoolTest(TestDatabase database) : ApiTest(database)
{
    protected const int Introductory = 1;
    protected const int Specialization = 2;
    protected const int Practice = 3;

    /// <summary>A trainee at the start of the school, in the emergency direction (the specialisation these tests teach).</summary>
    protected static VolunteerBuilder ATrainee() => VolunteerBuilder.ATrainee().InDirections("emergency");

    /// <summary>An active volunteer in the emergency direction, imported as trained.</summary>
    protected static VolunteerBuilder AnActiveVolunteer() => VolunteerBuilder.AVolunteer().InDirections("emergency");

    protected async Task<int> DirectionIdAsync(string code)
    {
        var directions = (await (await Anonymous.GetAsync("/api/v1/directions")).ReadJsonAsync()).AsArray();
        return directions.Single(d => d!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<int>();
    }

    protected static Task<HttpResponseMessage> PostCohortAsync(HttpClient staff, int stageId, int? directionId = null, int capacity = 20,
        Guid? trainerId = null, string startsOn = "2026-03-10", string title = "Group") =>
        staff.PostJsonAsync("/api/v1/training-cohorts", new { stageId, directionId, title, startsOn, capacity, trainerId });

    protected static async Task<Guid> CreateCohortAsync(HttpClient staff, int stageId, int? directionId = null, int capacity = 20,
        Guid? trainerId = null, string startsOn = "2026-03-10")
    {
        var response = await PostCohortAsync(staff, stageId, directionId, capacity, trainerId, startsOn);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.ReadJsonAsync())["id"]!.GetValue<string>());
    }

    protected static Task<HttpResponseMessage> PostMemberAsync(HttpClient staff, Guid cohortId, Guid volunteerId, bool overrideDirection = false) =>
        staff.PostJsonAsync($"/api/v1/training-cohorts/{cohortId}/members", new { volunteerId, overrideDirection });

    protected static async Task AddMemberAsync(HttpClient staff, Guid cohortId, Guid volunteerId)
    {
        var response = await PostMemberAsync(staff, cohortId, volunteerId);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    protected static Task<HttpResponseMessage> PostLessonAsync(HttpClient client, Guid cohortId, int number = 1) =>
        client.PostJsonAsync($"/api/v1/training-cohorts/{cohortId}/lessons", new
        {
            topic = $"Lesson {number}",
            startsAt = new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(5)).AddDays(number),
            durationMinutes = 90,
            location = "Youth resource centre",
        });

    protected static async Task<List<Guid>> AddLessonsAsync(HttpClient client, Guid cohortId, int count)
    {
        var ids = new List<Guid>();
        for (var i = 1; i <= count; i++)
        {
            var response = await PostLessonAsync(client, cohortId, i);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
            ids.Add(Guid.Parse((await response.ReadJsonAsync())["id"]!.GetValue<string>()));
        }

        return ids;
    }

    protected static Task<HttpResponseMessage> PutAttendanceAsync(HttpClient client, Guid cohortId, Guid lessonId, params Guid[] present) =>
        client.PutJsonAsync($"/api/v1/training-cohorts/{cohortId}/lessons/{lessonId}/attendance", new { presentVolunteerIds = present });

    protected static async Task RecordAttendanceAsync(HttpClient client, Guid cohortId, Guid lessonId, params Guid[] present)
    {
        var response = await PutAttendanceAsync(client, cohortId, lessonId, present);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    protected static async Task<JsonNode> CompleteAsync(HttpClient client, Guid cohortId)
    {
        var response = await client.PostAsync($"/api/v1/training-cohorts/{cohortId}/complete", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>Sets a stage's pass rules (e.g. one-lesson stages, so a walk through the school stays short).</summary>
    protected async Task SetStageRulesAsync(int stageId, int lessons, int threshold = 80, int requiredShifts = 0)
    {
        using var admin = await AdminAsync();
        var text = new { kk = "Кезең", ru = "Этап", en = "Stage" };
        var response = await admin.PutJsonAsync($"/api/v1/training-stages/{stageId}",
            new { name = text, description = text, requiredLessons = lessons, passThresholdPercent = threshold, requiredShifts });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Takes the trainees through one cohort of <paramref name="stageId"/> with full attendance at its single lesson.</summary>
    protected static async Task<Guid> PassCohortAsync(HttpClient staff, int stageId, int? directionId, string startsOn, params Guid[] trainees)
    {
        var cohortId = await CreateCohortAsync(staff, stageId, directionId, startsOn: startsOn);
        foreach (var trainee in trainees)
        {
            await AddMemberAsync(staff, cohortId, trainee);
        }

        var lesson = (await AddLessonsAsync(staff, cohortId, 1)).Single();
        await RecordAttendanceAsync(staff, cohortId, lesson, trainees);
        await CompleteAsync(staff, cohortId);
        return cohortId;
    }

    /// <summary>Walks trainees through stages 1 and 2 over HTTP (one-lesson stages), into the practice stage.</summary>
    protected async Task BringToPracticeAsync(HttpClient staff, params Guid[] trainees)
    {
        await SetStageRulesAsync(Introductory, 1);
        await SetStageRulesAsync(Specialization, 1);
        await PassCohortAsync(staff, Introductory, null, "2026-03-10", trainees);
        await PassCohortAsync(staff, Specialization, await DirectionIdAsync("emergency"), "2026-04-10", trainees);
    }

    /// <summary>A shift tomorrow in a campaign that a coordinator created and published over HTTP: where trainees do their practice.</summary>
    protected async Task<Guid> PracticeShiftAsync(HttpClient coordinator)
    {
        var text = new { kk = "Қамқорлық мекенжайы", ru = "Адрес заботы", en = "Address of Care" };
        var created = await coordinator.PostJsonAsync("/api/v1/campaigns", new
        {
            title = text, description = text, directionId = await DirectionIdAsync("social"), kind = "Regular",
            startsOn = HqToday.ToString("yyyy-MM-dd"), endsOn = HqToday.AddDays(10).ToString("yyyy-MM-dd"),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var campaignId = (await created.ReadJsonAsync())["id"]!.GetValue<Guid>();
        var published = await coordinator.PostAsync($"/api/v1/campaigns/{campaignId}/publish", null);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        var shift = await coordinator.PostJsonAsync($"/api/v1/campaigns/{campaignId}/shifts", new
        {
            startsAt = HqTime(HqToday.AddDays(1), 10),
            endsAt = HqTime(HqToday.AddDays(1), 14),
            capacity = 10,
            location = "Ул. Кенесары, 1",
        });
        Assert.That(shift.StatusCode, Is.EqualTo(HttpStatusCode.Created), await shift.Content.ReadAsStringAsync());
        return (await shift.ReadJsonAsync())["id"]!.GetValue<Guid>();
    }

    protected async Task<Volunteer> LoadVolunteerAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.Volunteers.AsNoTracking().SingleAsync(v => v.Id == id);
    }

    protected static async Task<JsonNode> TrainingOfAsync(HttpClient client, Guid volunteerId)
    {
        var response = await client.GetAsync($"/api/v1/volunteers/{volunteerId}/training");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    protected static JsonNode StageOf(JsonNode training, int stageId) =>
        training["stages"]!.AsArray().Single(s => s!["stageId"]!.GetValue<int>() == stageId)!;
}
