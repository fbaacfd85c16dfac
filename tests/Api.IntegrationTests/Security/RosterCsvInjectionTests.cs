using System.Net;
using System.Text;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Security;

public sealed class RosterCsvInjectionTests(TestDatabase database) : CampaignApiTest(database)
{
    [Test]
    public async Task RosterCsv_QuotesEveryCell_AndNeutralisesAFormulaHiddenBehindASemicolon()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var campaignId = Guid.Parse((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}"))["campaignId"]!.GetValue<string>());
        var volunteer = await VolunteerBuilder.AVolunteer().Named("A", "Sidorov;=cmd|' /C calc'!A0;").SaveAsync(Factory);
        await SignedUpAsync(coordinator, shiftId, volunteer.Id);

        var response = await coordinator.GetAsync($"/api/v1/campaigns/{campaignId}/roster.csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.Multiple(() =>
        {
            foreach (var line in lines)
            {
                Assert.That(line, Does.Match("^\"([^\"]|\"\")*\"(,\"([^\"]|\"\")*\")*$"), "every cell quoted");
            }

            // An Excel that splits on ';' without honouring quotes still sees no cell that starts a formula.
            var cells = lines[1].Split(';').Select(c => c.TrimStart('"', ' '));
            Assert.That(cells.Where(c => c.Length > 0 && "=+-@".Contains(c[0], StringComparison.Ordinal)), Is.Empty, lines[1]);
            Assert.That(lines[1], Does.Contain("Sidorov;'=cmd|' /C calc'!A0; A"));
        });
    }
}
