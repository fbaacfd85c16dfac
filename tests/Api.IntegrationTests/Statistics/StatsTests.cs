using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Statistics;

public sealed class StatsTests(TestDatabase database) : ApiTest(database)
{
    private const int Emergency = 1;
    private const int Social = 2;
    private const int Medical = 3;


    [SetUp]
    public void LetTheCacheExpire() => Clock.Advance(TimeSpan.FromSeconds(11));

    [Test]
    public async Task Stats_CountTheRegistryTrainingAndTodaysRosters_OfAKnownDataSet()
    {
        await AVolunteer().InDirections(Emergency).ImportedAsTrained(HqToday).SaveIdAsync(Factory);
        await AVolunteer().InDirections(Emergency, Social).ImportedAsTrained(HqToday.AddDays(-1)).SaveIdAsync(Factory);
        await AVolunteer().InDirections(Social).ImportedAsTrained(new DateOnly(2019, 6, 1)).SaveIdAsync(Factory);
        await AVolunteer().InReserveStatus().WithoutDirections().SaveIdAsync(Factory);
        await AVolunteer().Suspended().InDirections(Emergency).SaveIdAsync(Factory);
        await AVolunteer().Retired().WithoutDirections().SaveIdAsync(Factory);
        await AVolunteer().Anonymized().WithoutDirections().SaveIdAsync(Factory);
        await ATrainee().InDirections(Medical).SaveIdAsync(Factory);
        await ATrainee().WithoutDirections().SaveIdAsync(Factory);

        // HqToday: 2 active places and 1 reserve for the 3 Active volunteers; one declines and the reserve is called up.
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 2, reserve: 1);
        var today = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That((await RespondAsync(coordinator, id, HqToday, today.ActiveIds[0], "Declined")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await DrawOkAsync(coordinator, id, HqToday.AddDays(1)); // another day does not count today

        var stats = await GetStatsAsync();
        Assert.Multiple(() =>
        {
            var volunteers = stats["volunteers"]!;
            Assert.That(volunteers["total"]!.GetValue<int>(), Is.EqualTo(9));
            var byStatus = volunteers["byStatus"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());
            Assert.That(byStatus, Is.EquivalentTo(new Dictionary<string, int>
            {
                ["Trainee"] = 2, ["Active"] = 3, ["Reserve"] = 1, ["Suspended"] = 1, ["Retired"] = 2,
            }));
            var byDirection = volunteers["byDirection"]!.AsArray()
                .ToDictionary(d => d!["code"]!.GetValue<string>(), d => (d!["directionId"]!.GetValue<int>(), d["count"]!.GetValue<int>()));
            Assert.That(byDirection["emergency"], Is.EqualTo((Emergency, 3)));
            Assert.That(byDirection["social"], Is.EqualTo((Social, 2)));
            Assert.That(byDirection["medical"], Is.EqualTo((Medical, 1)));
            Assert.That(byDirection["ecology"], Is.EqualTo((6, 0)), "every direction is listed, also with nobody in it");

            Assert.That(stats["trained"]!["total"]!.GetValue<int>(), Is.EqualTo(2500 + 7), "the baseline plus the seven imported as trained");
            Assert.That(stats["trained"]!["since"]!.GetValue<int>(), Is.EqualTo(2014));

            var plan = stats["schoolPlan"]!;
            Assert.That(plan["year"]!.GetValue<int>(), Is.EqualTo(HqToday.Year));
            var passedThisYear = HqToday.DayOfYear > 1 ? 2 : 1;
            Assert.That(plan["passed"]!.GetValue<int>(), Is.EqualTo(passedThisYear));
            Assert.That(plan["target"]!.GetValue<int>(), Is.Zero, "no school plans in this build");
            Assert.That(plan["enrolled"]!.GetValue<int>(), Is.Zero, "no cohorts in this build");

            Assert.That(stats["mobilisedToday"]!.GetValue<int>(), Is.EqualTo(2), "one active, the called-up reserve; not the decliner");
            Assert.That(stats["campaignsCompleted"]!.GetValue<int>(), Is.Zero);
            Assert.That(stats["volunteerHours"]!.GetValue<decimal>(), Is.Zero);
            Assert.That(stats["helpRequestsCompleted"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public async Task Stats_ArePublic_CarryNoPersonalData_AndAreCachedForTenSeconds()
    {
        var zhanar = await AVolunteer().Named("Zhanar", "Testova").WithEmail("zhanar@test.local").SaveAsync(Factory);
        var response = await Anonymous.GetAsync("/api/v1/stats");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(10)));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Not.Contain("Zhanar").And.Not.Contain("@").And.Not.Contain("Testova").And.Not.Contain("+7701")
            .And.Not.Contain(zhanar.Iin![..6]));
        Assert.That(JsonNode.Parse(text)!["volunteers"]!["total"]!.GetValue<int>(), Is.EqualTo(1));

        await AVolunteer().SaveIdAsync(Factory);
        Clock.Advance(TimeSpan.FromSeconds(9));
        Assert.That((await GetStatsAsync())["volunteers"]!["total"]!.GetValue<int>(), Is.EqualTo(1), "still the cached figures");
        Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That((await GetStatsAsync())["volunteers"]!["total"]!.GetValue<int>(), Is.EqualTo(2), "at most ten seconds behind");
    }

    [Test]
    public async Task Stats_SendAnETag_AndAnswer304WhileTheFiguresAreUnchanged()
    {
        var first = await Anonymous.GetAsync("/api/v1/stats");
        Assert.That(first.Headers.ETag, Is.Not.Null);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.That((await Anonymous.SendAsync(revalidate)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        await AVolunteer().SaveAsync(Factory);
        Clock.Advance(TimeSpan.FromSeconds(11));
        using var later = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats");
        later.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var changed = await Anonymous.SendAsync(later);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "new figures, new ETag");
        Assert.That(changed.Headers.ETag, Is.Not.EqualTo(first.Headers.ETag));
    }

    [Test]
    public async Task TheHistoricalBaseline_IsConfigurable()
    {
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?> { ["Stats:HistoricalTrainedBaseline"] = "100" });
        using var client = factory.CreateClient();
        var stats = await (await client.GetAsync("/api/v1/stats")).ReadJsonAsync();
        Assert.That(stats["trained"]!["total"]!.GetValue<int>(), Is.EqualTo(100));
    }

    private async Task<JsonNode> GetStatsAsync()
    {
        var response = await Anonymous.GetAsync("/api/v1/stats");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
