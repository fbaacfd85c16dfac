using System.Net;
using System.Text;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Campaigns;

public sealed class RosterTests(TestDatabase database) : CampaignApiTest(database)
{
    [Test]
    public async Task RosterCsv_IsUtf8WithBom_OneRowPerSignUp_WithNamePhoneStatusAndHours()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var day = HqToday.AddDays(1);
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(day, 9), HqTime(day, 13), capacity: 1);
        var seated = (await VolunteerBuilder.AVolunteer().Named("Әсел", "Жұмабаева").SaveAsync(Factory)).Id;
        var waiting = (await VolunteerBuilder.AVolunteer().Named("Пётр", "Иванов").SaveAsync(Factory)).Id;
        await SignedUpAsync(coordinator, shiftId, seated);
        await SignedUpAsync(coordinator, shiftId, waiting);
        var now = Clock.GetUtcNow();
        await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{seated}/check-in", new { at = now.AddHours(-2) });
        await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{seated}/check-out", new { at = now.AddMinutes(-30) });

        var response = await coordinator.GetAsync($"/api/v1/campaigns/{campaignId}/roster.csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.Contain(".csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark");
        var lines = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(3), "a header and one row per sign-up");
        Assert.That(lines[0], Is.EqualTo("\"Shift start\",\"Shift end\",\"Shift location\",\"Volunteer\",\"Phone\",\"Status\",\"Checked in\",\"Checked out\",\"Hours\""));
        var first = Fields(lines[1]);
        Assert.Multiple(() =>
        {
            Assert.That(first[0], Is.EqualTo($"{day:yyyy-MM-dd} 09:00"), "HQ local time");
            Assert.That(first[1], Is.EqualTo($"{day:yyyy-MM-dd} 13:00"));
            Assert.That(first[2], Is.EqualTo("Ул. Кенесары, 1"));
            Assert.That(first[3], Is.EqualTo("Жұмабаева Әсел"));
            Assert.That(first[4], Does.Match(@"^\+7701\d{7}$"));
            Assert.That(first[5], Is.EqualTo("Confirmed"));
            Assert.That(first[8], Is.EqualTo("1.5"));
        });
        var second = Fields(lines[2]);
        Assert.That(second[3], Is.EqualTo("Иванов Пётр"));
        Assert.That(second[5], Is.EqualTo("Waitlisted"));
        Assert.That(second[8], Is.Empty);
    }

    /// <summary>The fields of one RFC 4180 line: quoted fields may hold commas and doubled quotes.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    [Test]
    public async Task RosterCsv_EscapesTextThatWouldRunAsAFormula()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var campaignId = Guid.Parse((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}"))["campaignId"]!.GetValue<string>());
        await SignedUpAsync(coordinator, shiftId, (await VolunteerBuilder.AVolunteer().Named("A", "=HYPERLINK(\"x\")").SaveAsync(Factory)).Id);

        var csv = Encoding.UTF8.GetString(await (await coordinator.GetAsync($"/api/v1/campaigns/{campaignId}/roster.csv")).Content.ReadAsByteArrayAsync());

        Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"x\"\") A\""));
    }

    [Test]
    public async Task RosterCsv_IsForStaffOnly()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish");
        using var volunteer = await VolunteerClientAsync(await ActiveVolunteerAsync());

        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/campaigns/{campaignId}/roster.csv"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await volunteer.GetAsync($"/api/v1/campaigns/{campaignId}/roster.csv"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/roster.csv"), HttpStatusCode.NotFound);
        var empty = await coordinator.GetAsync($"/api/v1/campaigns/{campaignId}/roster.csv");
        Assert.That(Encoding.UTF8.GetString(await empty.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
    }
}
