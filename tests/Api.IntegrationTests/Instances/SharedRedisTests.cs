using System.Net;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;

namespace Volunteers.Api.IntegrationTests.Instances;

/// <summary>
/// Two instances of the API on one database and one Redis server (<c>ConnectionStrings:Redis</c>) behave as one: the
/// cached public reads and the rate limits are shared (SPEC §5, several instances). Runs when
/// <c>VOLUNTEERS_TEST_REDIS</c> names a Redis server the tests may write to (the instances lane starts one).
/// </summary>
public sealed class SharedRedisTests(TestDatabase database) : CampaignApiTest(database)
{
    public const string RedisVariable = "VOLUNTEERS_TEST_REDIS";

    private VolunteersApiFactory _other = null!;

    private static Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:Redis"] = Environment.GetEnvironmentVariable(RedisVariable),
        ["RateLimiting:PublicForm:PermitLimit"] = "10",
        ["RateLimiting:PublicForm:WindowSeconds"] = "300",
        ["RateLimiting:Partner:PermitLimit"] = "4",
        ["RateLimiting:Partner:WindowSeconds"] = "300",
    };

    protected override VolunteersApiFactory? CreateOwnFactory()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RedisVariable)))
        {
            Assert.Ignore($"Redis lane: set {RedisVariable} to a Redis server (host:port) to run the shared-state tests.");
        }

        var first = new VolunteersApiFactory(Database, Settings);
        var shared = Settings;
        shared["ConnectionStrings:Volunteers"] = first.ConnectionString;
        _other = new VolunteersApiFactory(Database, shared);
        return first;
    }

    [OneTimeTearDown]
    public void StopOtherInstance() => _other?.Dispose();

    [Test]
    public async Task CampaignPublishedThroughOneInstance_AppearsAtOnceInTheOthersCachedList()
    {
        using var anonymousOnB = _other.CreateClient();
        Assert.That(await TotalCountAsync(anonymousOnB), Is.Zero);
        Assert.That(await TotalCountAsync(anonymousOnB), Is.Zero, "served from the shared cache");

        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator, "publish");

        Assert.That(await TotalCountAsync(anonymousOnB), Is.EqualTo(1));
        Assert.That((await anonymousOnB.GetAsync($"/api/v1/campaigns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var coordinatorOnB = _other.CreateClient();
        coordinatorOnB.DefaultRequestHeaders.Authorization = coordinator.DefaultRequestHeaders.Authorization;
        await TransitionAsync(coordinatorOnB, id, "cancel");

        Assert.That((await Anonymous.GetAsync($"/api/v1/campaigns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "evicted on A by a write through B");
        Assert.That(await TotalCountAsync(Anonymous), Is.Zero);
    }

    [Test]
    public async Task PublicFormLimit_CountsTheRequestsToBothInstances()
    {
        using var onB = _other.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            var response = await (i % 2 == 0 ? Anonymous : onB).PostJsonAsync("/api/v1/applications", new { });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"request {i + 1} is within the limit");
        }

        var limited = await onB.PostJsonAsync("/api/v1/applications", new { });
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "/rate-limited");
        Assert.That(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 300));
        Assert.That((await Anonymous.PostJsonAsync("/api/v1/applications", new { })).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task PartnerLimit_CountsTheCallsToBothInstances()
    {
        using var admin = await AdminAsync();
        using var portal = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        using var portalOnB = _other.ClientWithApiKey(portal.ApiKey);
        for (var i = 0; i < 4; i++)
        {
            Assert.That((await (i % 2 == 0 ? portal.Client : portalOnB).GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That((await portalOnB.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await portal.Client.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Ready_ChecksRedis()
    {
        using var client = _other.CreateClient();
        var ready = await client.GetAsync("/health/ready");
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    private static async Task<int> TotalCountAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/campaigns");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await response.ReadJsonAsync())["totalCount"]!.GetValue<int>();
    }
}
