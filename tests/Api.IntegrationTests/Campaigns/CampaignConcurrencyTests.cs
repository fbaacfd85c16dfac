using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>Optimistic concurrency on campaigns: the ETag is the version, and an edit must name the version it is based on.</summary>
public sealed class CampaignConcurrencyTests(TestDatabase database) : CampaignApiTest(database)
{
    private static HttpRequestMessage Put(Guid id, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/campaigns/{id}") { Content = JsonContent.Create(body, options: Json.Options) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private JsonObject Renamed(string ru) => CampaignBody(b => b["title"] = new JsonObject { ["kk"] = ru + " kk", ["ru"] = ru });

    [Test]
    public async Task Get_SendsTheVersionAsETag_AndPutWithIt_SavesAndSendsTheNext()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator);
        var get = await coordinator.GetAsync($"/api/v1/campaigns/{id}");
        Assert.That(get.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
        Assert.That(get.Headers.ETag.IsWeak, Is.False);

        var put = await coordinator.SendAsync(Put(id, Renamed("Новое имя"), get.Headers.ETag.Tag));

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
        Assert.That(put.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
        var saved = await GetJsonAsync(coordinator, $"/api/v1/campaigns/{id}");
        Assert.That(saved["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Новое имя"));
        Assert.That(saved["version"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task TwoCoordinators_EditingTheSameVersion_TheSecondGets412_AndNothingIsOverwritten()
    {
        using var first = await CoordinatorAsync();
        using var second = await CoordinatorAsync();
        var id = await CampaignAsync(first);
        var etagOfFirst = (await first.GetAsync($"/api/v1/campaigns/{id}")).Headers.ETag!.Tag;
        var etagOfSecond = (await second.GetAsync($"/api/v1/campaigns/{id}")).Headers.ETag!.Tag;

        var saved = await first.SendAsync(Put(id, Renamed("Правка первого"), etagOfFirst));
        var stale = await second.SendAsync(Put(id, Renamed("Правка второго"), etagOfSecond));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed, "/precondition-failed");
        var campaign = await GetJsonAsync(second, $"/api/v1/campaigns/{id}");
        Assert.That(campaign["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Правка первого"));

        // The second coordinator fetches again and edits the fresh version.
        var retry = await second.SendAsync(Put(id, Renamed("Правка второго"), (await second.GetAsync($"/api/v1/campaigns/{id}")).Headers.ETag!.Tag));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SimultaneousEdits_OfTheSameVersion_SaveExactlyOne_AndRefuseTheOthers()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => coordinator.SendAsync(Put(id, Renamed($"Правка {i}"), "\"1\""))));

        var saved = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.That(saved, Has.Count.EqualTo(1));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.That(refused.StatusCode, Is.AnyOf(HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict), await refused.Content.ReadAsStringAsync());
        }

        var winner = (await saved[0].ReadJsonAsync())["title"]!["ru"]!.GetValue<string>();
        var stored = await GetJsonAsync(coordinator, $"/api/v1/campaigns/{id}");
        Assert.That(stored["title"]!["ru"]!.GetValue<string>(), Is.EqualTo(winner), "the saved edit is the one that was answered 200");
        Assert.That(stored["version"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Put_AfterATransition_WithTheOldETag_Is412()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator);
        var etag = (await coordinator.GetAsync($"/api/v1/campaigns/{id}")).Headers.ETag!.Tag;
        await TransitionAsync(coordinator, id, "publish");

        await AssertProblemAsync(await coordinator.SendAsync(Put(id, Renamed("x"), etag)), HttpStatusCode.PreconditionFailed);
    }

    [TestCase(null, HttpStatusCode.PreconditionRequired, "/if-match-required")]
    [TestCase("\"7\"", HttpStatusCode.PreconditionFailed, "/precondition-failed")]
    [TestCase("W/\"1\"", HttpStatusCode.PreconditionFailed, "/precondition-failed")]
    [TestCase("not-an-etag", HttpStatusCode.PreconditionFailed, "/precondition-failed")]
    public async Task Put_WithoutAMatchingIfMatch_IsRefused(string? ifMatch, HttpStatusCode status, string type)
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator);

        await AssertProblemAsync(await coordinator.SendAsync(Put(id, Renamed("x"), ifMatch)), status, type);
        var unchanged = await GetJsonAsync(coordinator, $"/api/v1/campaigns/{id}");
        Assert.That(unchanged["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
    }

    [Test]
    public async Task Put_OfACompletedOrCancelledCampaign_Is409()
    {
        using var coordinator = await CoordinatorAsync();
        var completed = await CampaignAsync(coordinator, "publish", "start", "complete");
        var cancelled = await CampaignAsync(coordinator, "cancel");

        await AssertProblemAsync(await coordinator.SendAsync(Put(completed, Renamed("x"), "\"4\"")), HttpStatusCode.Conflict, "/campaign-closed");
        await AssertProblemAsync(await coordinator.SendAsync(Put(cancelled, Renamed("x"), "\"2\"")), HttpStatusCode.Conflict, "/campaign-closed");
    }

    [Test]
    public async Task Put_ThatWouldLeaveAShiftOutsideTheDates_Is409()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator);
        await AddShiftAsync(coordinator, id, HqTime(HqToday.AddDays(8), 9), HqTime(HqToday.AddDays(8), 12));

        var shorter = CampaignBody(b => b["endsOn"] = HqToday.AddDays(5).ToString("yyyy-MM-dd"));
        await AssertProblemAsync(await coordinator.SendAsync(Put(id, shorter, "\"1\"")), HttpStatusCode.Conflict, "/campaign-shifts-outside-dates");

        var longer = CampaignBody(b => b["endsOn"] = HqToday.AddDays(20).ToString("yyyy-MM-dd"));
        Assert.That((await coordinator.SendAsync(Put(id, longer, "\"1\""))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Put_IsValidated_AndNeedsStaff()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator);
        var invalid = await coordinator.SendAsync(Put(id, CampaignBody(b => b["district"] = "Atlantis"), "\"1\""));
        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        Assert.That((await invalid.ReadJsonAsync())["errors"]!["district"], Is.Not.Null);

        await AssertProblemAsync(await Anonymous.SendAsync(Put(id, Renamed("x"), "\"1\"")), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await coordinator.SendAsync(Put(Guid.NewGuid(), Renamed("x"), "\"1\"")), HttpStatusCode.NotFound);
    }
}
