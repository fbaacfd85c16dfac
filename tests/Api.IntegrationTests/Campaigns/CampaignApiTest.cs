using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>The campaign tests' shared steps: campaigns and shifts through the API, volunteers through the builder.</summary>
public abstract class CampaignApiTest(TestDatabase database) : ApiTest(database)
{
    protected static object Text(string word) => new { kk = $"{word} kk", ru = $"{word} ru", en = $"{word} en" };

    /// <summary>A valid campaign body running from today for ten days; <paramref name="change"/> edits it.</summary>
    protected JsonObject CampaignBody(Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["title"] = new JsonObject { ["kk"] = "Қамқорлық мекенжайы", ["ru"] = "Адрес заботы", ["en"] = "Address of Care" },
            ["description"] = new JsonObject { ["kk"] = "Қар тазалау", ["ru"] = "Уборка снега во дворах пенсионеров" },
            ["directionId"] = 2,
            ["kind"] = "Regular",
            ["district"] = "Yesil",
            ["location"] = "Astana",
            ["startsOn"] = HqToday.ToString("yyyy-MM-dd"),
            ["endsOn"] = HqToday.AddDays(10).ToString("yyyy-MM-dd"),
        };
        change?.Invoke(body);
        return body;
    }

    /// <summary>A valid help request for a lonely pensioner in Yesil; <paramref name="change"/> edits it.</summary>
    protected static JsonObject HelpRequestBody(Action<JsonObject>? change = null)
    {
        var body = new JsonObject
        {
            ["beneficiary"] = new JsonObject
            {
                ["fullName"] = "Сәрсенбаева Гүлжан",
                ["phone"] = "8 701 234 56 78",
                ["address"] = "ул. Сарайшык, 5, кв. 12",
                ["district"] = "Yesil",
                ["category"] = "LonelyPensioner",
            },
            ["kind"] = "SnowClearing",
            ["details"] = "Двор и крыльцо",
            ["preferredDate"] = "2026-03-14",
        };
        change?.Invoke(body);
        return body;
    }

    protected async Task<JsonNode> CreateCampaignAsync(HttpClient staff, Action<JsonObject>? change = null)
    {
        var response = await staff.PostJsonAsync("/api/v1/campaigns", CampaignBody(change));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    protected static async Task TransitionAsync(HttpClient staff, Guid campaignId, params string[] actions)
    {
        foreach (var action in actions)
        {
            var response = await staff.PostAsync($"/api/v1/campaigns/{campaignId}/{action}", null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A campaign moved through <paramref name="actions"/> (e.g. publish, start).</summary>
    protected async Task<Guid> CampaignAsync(HttpClient staff, params string[] actions)
    {
        var id = Guid.Parse((await CreateCampaignAsync(staff))["id"]!.GetValue<string>());
        await TransitionAsync(staff, id, actions);
        return id;
    }

    protected async Task<Guid> AddShiftAsync(HttpClient staff, Guid campaignId, DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity = 10)
    {
        var response = await staff.PostJsonAsync($"/api/v1/campaigns/{campaignId}/shifts", new { startsAt, endsAt, capacity, location = "Ул. Кенесары, 1" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.ReadJsonAsync())["id"]!.GetValue<string>());
    }

    /// <summary>A shift tomorrow from 10:00 to 14:00 HQ time in a published campaign.</summary>
    protected async Task<Guid> PublishedShiftAsync(HttpClient staff, int capacity = 10)
    {
        var campaignId = await CampaignAsync(staff, "publish");
        return await AddShiftAsync(staff, campaignId, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14), capacity);
    }

    protected async Task<Guid> ActiveVolunteerAsync(string lastName = "Волонтёрова") =>
        (await VolunteerBuilder.AVolunteer().Named("Айгерим", lastName).SaveAsync(Factory)).Id;

    protected static Task<HttpResponseMessage> SignUpAsync(HttpClient client, Guid shiftId, Guid volunteerId) =>
        client.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups", new { volunteerId });

    protected static async Task<JsonNode> SignedUpAsync(HttpClient client, Guid shiftId, Guid volunteerId)
    {
        var response = await SignUpAsync(client, shiftId, volunteerId);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    protected static Guid IdOf(JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());
}
