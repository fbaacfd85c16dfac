using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

public sealed class MobilizationTests(TestDatabase database) : ApiTest(database)
{

    [Test]
    public async Task Coordinator_DeclaresAMobilisation_AndReadsItBack()
    {
        using var coordinator = await CoordinatorAsync();
        var created = await coordinator.PostJsonAsync("/api/v1/mobilizations", new
        {
            title = "Snowstorm",
            reason = "Roads blocked on the right bank.",
            startsOn = "2026-03-02",
            endsOn = "2026-03-09",
            dailyActive = 500,
            reserve = 2000,
            directionIds = new[] { 1 },
            districts = new[] { "Yesil", "Nura" },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.ReadJsonAsync();
        var id = body["id"]!.GetValue<string>();
        Assert.That(created.Headers.Location!.ToString(), Does.EndWith($"/api/v1/mobilizations/{id}"));

        var fetched = await (await coordinator.GetAsync($"/api/v1/mobilizations/{id}")).ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(fetched["title"]!.GetValue<string>(), Is.EqualTo("Snowstorm"));
            Assert.That(fetched["startsOn"]!.GetValue<string>(), Is.EqualTo("2026-03-02"));
            Assert.That(fetched["endsOn"]!.GetValue<string>(), Is.EqualTo("2026-03-09"));
            Assert.That(fetched["dailyActive"]!.GetValue<int>(), Is.EqualTo(500));
            Assert.That(fetched["reserve"]!.GetValue<int>(), Is.EqualTo(2000));
            Assert.That(fetched["responseWindowMinutes"]!.GetValue<int>(), Is.EqualTo(120), "the default window");
            Assert.That(fetched["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EqualTo(new[] { 1 }));
            Assert.That(fetched["districts"]!.AsArray().Select(d => d!.GetValue<string>()), Is.EquivalentTo(new[] { "Yesil", "Nura" }));
            Assert.That(fetched["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(fetched["rosters"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task CreateMobilization_WithUnorderedPeriodAndBadCounts_Returns400PerField()
    {
        using var admin = await AdminAsync();
        var response = await admin.PostJsonAsync("/api/v1/mobilizations", new
        {
            title = "",
            reason = "x",
            startsOn = "2026-03-09",
            endsOn = "2026-03-02",
            dailyActive = 0,
            reserve = -1,
            responseWindowMinutes = 0,
            directionIds = new[] { 999 },
            districts = new[] { "Atlantis" },
        });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key);
        Assert.That(errors, Is.SupersetOf(new[] { "title", "endsOn", "dailyActive", "reserve", "responseWindowMinutes", "directionIds", "districts" }));
    }

    [Test]
    public async Task CreateMobilization_AllowsAZeroReserve_AndASingleDay()
    {
        using var admin = await AdminAsync();
        var id = await CreateAsync(admin, HqToday, dailyActive: 1, reserve: 0, startsOn: HqToday, endsOn: HqToday);
        var fetched = await (await admin.GetAsync($"/api/v1/mobilizations/{id}")).ReadJsonAsync();
        Assert.That(fetched["reserve"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task CreateMobilization_WithTheSameIdempotencyKey_CreatesOnlyOne()
    {
        using var admin = await AdminAsync();
        var body = new { title = "Flood", reason = "River", startsOn = "2026-03-02", endsOn = "2026-03-03", dailyActive = 1, reserve = 0 };
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mobilizations") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        first.Headers.Add("Idempotency-Key", "mobilise-1");
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/v1/mobilizations") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        second.Headers.Add("Idempotency-Key", "mobilise-1");
        var a = await (await admin.SendAsync(first)).ReadJsonAsync();
        var b = await (await admin.SendAsync(second)).ReadJsonAsync();
        Assert.That(b["id"]!.GetValue<string>(), Is.EqualTo(a["id"]!.GetValue<string>()));
    }

    [Test]
    public async Task EndMobilization_EndsItOnce_ThenIsAConflict()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        var ended = await coordinator.PostAsync($"/api/v1/mobilizations/{id}/end", null);
        Assert.That(ended.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ended.ReadJsonAsync();
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Ended"));
        Assert.That(body["endedAt"], Is.Not.Null);

        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/mobilizations/{id}/end", null), HttpStatusCode.Conflict, "/mobilization-already-ended");
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/mobilizations/{Guid.NewGuid()}/end", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Mobilisations_AreForStaffOnly()
    {
        var body = new { title = "Flood", reason = "River", startsOn = "2026-03-02", endsOn = "2026-03-03", dailyActive = 1, reserve = 0 };
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/mobilizations", body), HttpStatusCode.Unauthorized);
        using var trainer = await TrainerAsync();
        await AssertProblemAsync(await trainer.PostJsonAsync("/api/v1/mobilizations", body), HttpStatusCode.Forbidden);
        using var admin = await AdminAsync();
        var id = await CreateAsync(admin, HqToday, dailyActive: 1, reserve: 0);
        await AssertProblemAsync(await trainer.GetAsync($"/api/v1/mobilizations/{id}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await trainer.PostJsonAsync($"/api/v1/mobilizations/{id}/rosters", new { date = Day(HqToday) }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await trainer.GetAsync($"/api/v1/mobilizations/{id}/rosters/{Day(HqToday)}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await trainer.PostAsync($"/api/v1/mobilizations/{id}/end", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/mobilizations/{id}"), HttpStatusCode.Unauthorized);
    }
}
