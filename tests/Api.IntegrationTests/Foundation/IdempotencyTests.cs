using System.Net;
using System.Net.Http.Json;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class IdempotencyTests(TestDatabase database) : ApiTest(database)
{
    private static object NewDirection(string code) => new
    {
        code,
        name = new { kk = "Жануарлар", ru = "Животные", en = "Animals" },
        description = new { kk = "Баспаналар", ru = "Приюты" },
    };

    private static HttpRequestMessage Create(object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/directions") { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Test]
    public async Task SameKeySameBody_ReturnsTheFirstAnswer_AndCreatesNothingNew()
    {
        using var admin = await AdminAsync();
        var first = await admin.SendAsync(Create(NewDirection("animals"), "key-1"));
        var retry = await admin.SendAsync(Create(NewDirection("animals"), "key-1"));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(await retry.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(retry.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        var directions = (await (await Anonymous.GetAsync("/api/v1/directions")).ReadJsonAsync()).AsArray();
        Assert.That(directions.Count(d => d!["code"]!.GetValue<string>() == "animals"), Is.EqualTo(1));
    }

    /// <summary>
    /// Duplicates racing the first request wait for it on the key's record (its unique index, or SQLite's write lock)
    /// and replay its answer once it has committed.
    /// </summary>
    [Test]
    public async Task ConcurrentDuplicates_CreateOnce_AndTheOthersReplay()
    {
        using var admin = await AdminAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => admin.SendAsync(Create(NewDirection("animals"), "key-race"))));

        Assert.That(answers.Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(answers.Count(a => !a.Headers.Contains("Idempotent-Replayed")), Is.EqualTo(1));
        Assert.That(answers.Select(a => a.Headers.Location).Distinct().Count(), Is.EqualTo(1));
        var directions = (await (await Anonymous.GetAsync("/api/v1/directions")).ReadJsonAsync()).AsArray();
        Assert.That(directions.Count(d => d!["code"]!.GetValue<string>() == "animals"), Is.EqualTo(1));
    }

    [Test]
    public async Task SameKeyOtherBody_Returns422_AndCreatesNothing()
    {
        using var admin = await AdminAsync();
        await admin.SendAsync(Create(NewDirection("animals"), "key-2"));
        var misuse = await admin.SendAsync(Create(NewDirection("plants"), "key-2"));
        await AssertProblemAsync(misuse, HttpStatusCode.UnprocessableEntity, "/idempotency-key-reused");
        var directions = (await (await Anonymous.GetAsync("/api/v1/directions")).ReadJsonAsync()).AsArray();
        Assert.That(directions.Any(d => d!["code"]!.GetValue<string>() == "plants"), Is.False);
    }

    [Test]
    public async Task FailedRequest_ReleasesTheKey_SoTheClientMayRetry()
    {
        using var admin = await AdminAsync();
        var invalid = await admin.SendAsync(Create(new { code = "x" }, "key-3"));
        Assert.That(invalid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var corrected = await admin.SendAsync(Create(NewDirection("animals"), "key-3"));
        Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created), "only successful answers are kept");
    }

    [Test]
    public async Task KeysAreKeptForAtLeast24Hours_ThenForgotten()
    {
        using (var admin = await AdminAsync())
        {
            await admin.SendAsync(Create(NewDirection("animals"), "key-4"));
        }

        Clock.Advance(TimeSpan.FromHours(24));
        using (var admin = await AdminAsync())
        {
            Assert.That((await admin.SendAsync(Create(NewDirection("plants"), "key-4"))).StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        }

        Clock.Advance(TimeSpan.FromHours(25));
        using (var admin = await AdminAsync())
        {
            Assert.That((await admin.SendAsync(Create(NewDirection("plants"), "key-4"))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }
    }

    [Test]
    public async Task WithoutKey_EveryRequestIsHandled()
    {
        using var admin = await AdminAsync();
        Assert.That((await admin.PostJsonAsync("/api/v1/directions", NewDirection("animals"))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await AssertProblemAsync(await admin.PostJsonAsync("/api/v1/directions", NewDirection("animals")), HttpStatusCode.Conflict, "/direction-code-taken");
    }
}
