using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

/// <summary>The mobilisation calls the tests make again and again.</summary>
internal static class MobilizationApi
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Declares a mobilisation running, by default, from three days before <paramref name="today"/> to a week after.</summary>
    public static async Task<Guid> CreateAsync(
        HttpClient staff, DateOnly today, int dailyActive, int reserve, DateOnly? startsOn = null, DateOnly? endsOn = null,
        int[]? directionIds = null, string[]? districts = null, int? responseWindowMinutes = null)
    {
        var response = await staff.PostJsonAsync("/api/v1/mobilizations", new
        {
            title = "Spring flood",
            reason = "The Yesil river is flooding the left bank.",
            startsOn = Day(startsOn ?? today.AddDays(-3)),
            endsOn = Day(endsOn ?? today.AddDays(7)),
            dailyActive,
            reserve,
            directionIds,
            districts,
            responseWindowMinutes,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.ReadJsonAsync())["id"]!.GetValue<string>());
    }

    public static Task<HttpResponseMessage> DrawAsync(HttpClient staff, Guid mobilizationId, DateOnly date) =>
        staff.PostJsonAsync($"/api/v1/mobilizations/{mobilizationId}/rosters", new { date = Day(date) });

    /// <summary>Draws the roster and answers it, asserting 201.</summary>
    public static async Task<RosterView> DrawOkAsync(HttpClient staff, Guid mobilizationId, DateOnly date)
    {
        var response = await DrawAsync(staff, mobilizationId, date);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return new RosterView(await response.ReadJsonAsync());
    }

    public static async Task<RosterView> GetRosterAsync(HttpClient staff, Guid mobilizationId, DateOnly date)
    {
        var response = await staff.GetAsync($"/api/v1/mobilizations/{mobilizationId}/rosters/{Day(date)}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return new RosterView(await response.ReadJsonAsync());
    }

    public static Task<HttpResponseMessage> RespondAsync(HttpClient caller, Guid mobilizationId, DateOnly date, Guid volunteerId, string response) =>
        caller.PostJsonAsync($"/api/v1/mobilizations/{mobilizationId}/rosters/{Day(date)}/responses", new { volunteerId, response });
}

/// <summary>A roster answer, read by its contract's field names.</summary>
internal sealed class RosterView(JsonNode json)
{
    public JsonNode Json { get; } = json;

    public int ActiveFilled => Json["activeFilled"]!.GetValue<int>();
    public int Unanswered => Json["unanswered"]!.GetValue<int>();
    public int Shortfall => Json["shortfall"]!.GetValue<int>();

    public IReadOnlyList<(Guid VolunteerId, string Status)> Active => Entries("active");
    public IReadOnlyList<(Guid VolunteerId, string Status)> Reserve => Entries("reserve");

    public IReadOnlyList<Guid> ActiveIds => [.. Active.Select(e => e.VolunteerId)];
    public IReadOnlyList<Guid> ReserveIds => [.. Reserve.Select(e => e.VolunteerId)];
    public IReadOnlyList<Guid> EveryoneIds => [.. ActiveIds, .. ReserveIds];

    public string StatusOf(Guid volunteerId) => Active.Concat(Reserve).Single(e => e.VolunteerId == volunteerId).Status;

    private List<(Guid, string)> Entries(string list) =>
        [.. Json[list]!.AsArray().Select(e => (Guid.Parse(e!["volunteerId"]!.GetValue<string>()), e["status"]!.GetValue<string>()))];
}
