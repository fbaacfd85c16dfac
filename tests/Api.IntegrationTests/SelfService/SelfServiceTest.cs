using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using UglyToad.PdfPig;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.SelfService;

/// <summary>The steps of the self-service tests: worked shifts, certificates and calendar feeds through the API.</summary>
public abstract class SelfServiceTest(TestDatabase database) : CampaignApiTest(database)
{
    /// <summary>A shift in <paramref name="campaignId"/> (tomorrow, as planned) that the volunteer worked for <paramref name="hours"/> ending now.</summary>
    protected async Task<Guid> WorkedShiftAsync(HttpClient staff, Guid campaignId, Guid volunteerId, double hours, int dayOffset = 1)
    {
        var shiftId = await AddShiftAsync(staff, campaignId, HqTime(HqToday.AddDays(dayOffset), 10), HqTime(HqToday.AddDays(dayOffset), 14));
        await SignedUpAsync(staff, shiftId, volunteerId);
        var now = Clock.GetUtcNow();
        await StaffCheckAsync(staff, shiftId, volunteerId, "check-in", now.AddHours(-hours));
        await StaffCheckAsync(staff, shiftId, volunteerId, "check-out", now);
        return shiftId;
    }

    protected static async Task StaffCheckAsync(HttpClient staff, Guid shiftId, Guid volunteerId, string action, DateTimeOffset? at = null)
    {
        var response = at is null
            ? await staff.PostAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/{action}", null)
            : await staff.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/{action}", new { at });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    protected static Task<HttpResponseMessage> IssueAsync(HttpClient client, Guid volunteerId, object? body = null) =>
        client.PostJsonAsync($"/api/v1/volunteers/{volunteerId}/certificates", body ?? new { });

    /// <summary>Issues a certificate, asserting 201; returns the answer.</summary>
    protected static async Task<JsonNode> IssuedAsync(HttpClient client, Guid volunteerId, object? body = null)
    {
        var response = await IssueAsync(client, volunteerId, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>The text of every page of the PDF at <paramref name="url"/>, as PdfPig reads it (words separated by spaces).</summary>
    protected static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(PathOf(url));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        using var pdf = PdfDocument.Open(bytes);
        return string.Join('\n', pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text))));
    }

    /// <summary>The path of an absolute link the API gave (the test server answers on any host).</summary>
    protected static string PathOf(string url) => new Uri(url).PathAndQuery;

    /// <summary>Opens the volunteer's calendar feed, asserting 201; returns its URL.</summary>
    protected static async Task<string> FeedUrlAsync(HttpClient client, Guid volunteerId)
    {
        var response = await client.PostAsync($"/api/v1/volunteers/{volunteerId}/calendar-feed", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["url"]!.GetValue<string>();
    }

    /// <summary>GETs the feed anonymously, asserts a 200 iCalendar answer and parses it back with Ical.Net.</summary>
    protected async Task<(Calendar Calendar, string Text, string ETag)> FeedAsync(string url)
    {
        var response = await Anonymous.GetAsync(PathOf(url));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/calendar"));
        return (Calendar.Load(text)!, text, response.Headers.ETag!.Tag);
    }
}
