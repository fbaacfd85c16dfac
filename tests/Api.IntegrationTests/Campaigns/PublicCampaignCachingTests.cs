using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Partners;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>The public campaign reads are cached for anonymous callers only, evicted by every change, and revalidated with ETags.</summary>
public sealed class PublicCampaignCachingTests(TestDatabase database) : CampaignApiTest(database)
{
    [Test]
    public async Task PublicList_ShowsANewlyPublishedCampaignAtOnce()
    {
        using var coordinator = await CoordinatorAsync();
        await CampaignAsync(coordinator, "publish");
        var before = await Anonymous.GetAsync("/api/v1/campaigns");
        Assert.That((await before.ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await (await Anonymous.GetAsync("/api/v1/campaigns")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(1));

        var second = await CampaignAsync(coordinator, "publish");

        var after = await Anonymous.GetAsync("/api/v1/campaigns");
        var list = await after.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(list["items"]!.AsArray().Select(c => IdOf(c!)), Does.Contain(second));
            Assert.That(after.Headers.ETag, Is.Not.EqualTo(before.Headers.ETag));
        });
    }

    [Test]
    public async Task PublicCampaign_CarriesItsVersionAsETag_Answers304_AndShowsATransitionAtOnce()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator, "publish");

        var first = await Anonymous.GetAsync($"/api/v1/campaigns/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(first.Headers.ETag!.Tag, Is.EqualTo("\"2\""), "created, then published");
            Assert.That(first.Headers.CacheControl!.Public, Is.True);
        });

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/campaigns/{id}");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.That((await Anonymous.SendAsync(revalidate)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        await TransitionAsync(coordinator, id, "start");

        var started = await Anonymous.GetAsync($"/api/v1/campaigns/{id}");
        Assert.Multiple(async () =>
        {
            Assert.That(started.Headers.ETag!.Tag, Is.EqualTo("\"3\""));
            Assert.That((await started.ReadJsonAsync())["status"]!.GetValue<string>(), Is.EqualTo("InProgress"));
        });
    }

    [Test]
    public async Task PublicCampaign_ETagStillServesIfMatch_ForStaffEdits()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CampaignAsync(coordinator, "publish");
        await Anonymous.GetAsync($"/api/v1/campaigns/{id}"); // cached for the public

        var read = await coordinator.GetAsync($"/api/v1/campaigns/{id}");
        Assert.That(read.Headers.CacheControl!.Private, Is.True, "a signed-in answer is for that caller only");
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/campaigns/{id}")
        {
            Content = JsonContent.Create(CampaignBody(b => b["location"] = "Новое место"), options: Json.Options),
        };
        edit.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.That((await coordinator.SendAsync(edit)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var after = await (await Anonymous.GetAsync($"/api/v1/campaigns/{id}")).ReadJsonAsync();
        Assert.That(after["location"]!.GetValue<string>(), Is.EqualTo("Новое место"));
    }

    [Test]
    public async Task SignedInCallers_BypassTheCache_AndTheirAnswersAreNeverServedToThePublic()
    {
        using var coordinator = await CoordinatorAsync();
        await CampaignAsync(coordinator, "publish");
        await CampaignAsync(coordinator); // a draft: staff only
        Assert.That((await ListAsync(Anonymous))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));

        // A change the cache cannot know of (written around EF): only callers that bypass the cache see it.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database
                .ExecuteSqlRawAsync("""UPDATE "Campaigns" SET "Title_Ru" = 'Изменено в базе'""");
        }

        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        var staffList = await ListAsync(coordinator);
        var partnerList = await ListAsync(partner.Client);
        var publicList = await ListAsync(Anonymous);
        Assert.Multiple(() =>
        {
            Assert.That(staffList["totalCount"]!.GetValue<int>(), Is.EqualTo(2), "staff see the draft");
            Assert.That(TitlesOf(staffList), Is.All.EqualTo("Изменено в базе"), "a bearer token is never served from the cache");
            Assert.That(partnerList["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "a partner sees public campaigns only");
            Assert.That(TitlesOf(partnerList), Is.All.EqualTo("Изменено в базе"), "an API key is never served from the cache");
            Assert.That(publicList["totalCount"]!.GetValue<int>(), Is.EqualTo(1), "the staff answer (with the draft) was not stored for the public");
            Assert.That(TitlesOf(publicList), Is.All.EqualTo("Адрес заботы"), "the public is served from the cache");
        });
    }

    private static Task<JsonNode> ListAsync(HttpClient client) => GetJsonAsync(client, "/api/v1/campaigns");

    private static IEnumerable<string> TitlesOf(JsonNode list) =>
        list["items"]!.AsArray().Select(c => c!["title"]!["ru"]!.GetValue<string>());
}
