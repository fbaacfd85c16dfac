using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Campaigns;

public sealed class CampaignTests(TestDatabase database) : CampaignApiTest(database)
{
    [Test]
    public async Task Create_ReturnsADraft_WithLocationAndETag()
    {
        using var coordinator = await CoordinatorAsync();
        var response = await coordinator.PostJsonAsync("/api/v1/campaigns", CampaignBody());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var campaign = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/campaigns/{IdOf(campaign)}"));
            Assert.That(response.Headers.ETag!.Tag, Is.EqualTo("\"1\""));
            Assert.That(campaign["status"]!.GetValue<string>(), Is.EqualTo("Draft"));
            Assert.That(campaign["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
            Assert.That(campaign["title"]!["kk"]!.GetValue<string>(), Is.EqualTo("Қамқорлық мекенжайы"));
            Assert.That(campaign["kind"]!.GetValue<string>(), Is.EqualTo("Regular"));
            Assert.That(campaign["district"]!.GetValue<string>(), Is.EqualTo("Yesil"));
            Assert.That(campaign["directionId"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(campaign["startsOn"]!.GetValue<string>(), Is.EqualTo(HqToday.ToString("yyyy-MM-dd")));
            Assert.That(campaign["endsOn"]!.GetValue<string>(), Is.EqualTo(HqToday.AddDays(10).ToString("yyyy-MM-dd")));
        });
    }

    [Test]
    public async Task Create_WithInvalidFields_Returns400NamingEachField()
    {
        using var coordinator = await CoordinatorAsync();
        var response = await coordinator.PostJsonAsync("/api/v1/campaigns", CampaignBody(b =>
        {
            b["title"] = new JsonObject { ["ru"] = "Только русский" };
            b["directionId"] = 999;
            b["district"] = "Atlantis";
            b["endsOn"] = HqToday.AddDays(-1).ToString("yyyy-MM-dd");
            b.Remove("kind");
        }));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[] { "title.kk", "directionId", "district", "endsOn", "kind" }));
    }

    [Test]
    public async Task Create_ValidationMessages_FollowAcceptLanguage()
    {
        using var coordinator = await CoordinatorAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/campaigns")
        {
            Content = JsonContent.Create(CampaignBody(b => b["endsOn"] = HqToday.AddDays(-1).ToString("yyyy-MM-dd")), options: Json.Options),
        };
        request.Headers.AcceptLanguage.ParseAdd("kk");
        var response = await coordinator.SendAsync(request);

        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors["endsOn"]![0]!.GetValue<string>(), Does.Contain("басталу күнінен"));
    }

    [Test]
    public async Task Create_InADeactivatedDirection_Returns409()
    {
        using var admin = await AdminAsync();
        Assert.That((await admin.PostAsync("/api/v1/directions/2/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await admin.PostJsonAsync("/api/v1/campaigns", CampaignBody()), HttpStatusCode.Conflict, "/direction-inactive");
    }

    [Test]
    public async Task Writes_NeedCoordinatorOrAdmin()
    {
        using var coordinator = await CoordinatorAsync();
        var id = IdOf(await CreateCampaignAsync(coordinator));
        using var trainer = await TrainerAsync();
        using var volunteer = await VolunteerClientAsync(await ActiveVolunteerAsync());

        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/campaigns", CampaignBody()), HttpStatusCode.Unauthorized);
        foreach (var client in new[] { trainer, volunteer })
        {
            await AssertProblemAsync(await client.PostJsonAsync("/api/v1/campaigns", CampaignBody()), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await client.PostAsync($"/api/v1/campaigns/{id}/publish", null), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await client.PostJsonAsync($"/api/v1/campaigns/{id}/shifts", new { }), HttpStatusCode.Forbidden);
        }

        using var admin = await AdminAsync();
        Assert.That((await admin.PostJsonAsync("/api/v1/campaigns", CampaignBody())).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Create_IsIdempotent_WithAKey()
    {
        using var coordinator = await CoordinatorAsync();
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/campaigns") { Content = JsonContent.Create(CampaignBody(), options: Json.Options) };
            request.Headers.Add("Idempotency-Key", "campaign-1");
            return request;
        }

        var first = await coordinator.SendAsync(Request());
        var retry = await coordinator.SendAsync(Request());

        Assert.That(retry.Headers.Location, Is.EqualTo(first.Headers.Location));
        var list = await GetJsonAsync(coordinator, "/api/v1/campaigns");
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    // --- Lifecycle over HTTP: every action from every status -------------------------------------------------

    private static readonly Dictionary<string, string[]> PathTo = new()
    {
        ["Draft"] = [],
        ["Published"] = ["publish"],
        ["InProgress"] = ["publish", "start"],
        ["Completed"] = ["publish", "start", "complete"],
        ["Cancelled"] = ["cancel"],
    };

    [TestCase("publish", "Published", "Draft")]
    [TestCase("start", "InProgress", "Published")]
    [TestCase("complete", "Completed", "InProgress")]
    [TestCase("cancel", "Cancelled", "Draft", "Published", "InProgress")]
    public async Task Transition_IsAllowedOnlyFromItsStatuses(string action, string target, params string[] allowedFrom)
    {
        using var coordinator = await CoordinatorAsync();
        foreach (var (from, path) in PathTo)
        {
            var id = await CampaignAsync(coordinator, path);
            var response = await coordinator.PostAsync($"/api/v1/campaigns/{id}/{action}", null);
            if (allowedFrom.Contains(from))
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action} from {from}");
                var campaign = await response.ReadJsonAsync();
                Assert.That(campaign["status"]!.GetValue<string>(), Is.EqualTo(target));
                Assert.That(response.Headers.ETag!.Tag, Is.EqualTo($"\"{path.Length + 2}\""), "every change is a new version");
            }
            else
            {
                await AssertProblemAsync(response, HttpStatusCode.Conflict, "/campaign-invalid-transition");
                var unchanged = await GetJsonAsync(coordinator, $"/api/v1/campaigns/{id}");
                Assert.That(unchanged["status"]!.GetValue<string>(), Is.EqualTo(from), $"{action} from {from} changed nothing");
            }
        }
    }

    [Test]
    public async Task Transition_OfAnUnknownCampaign_Returns404()
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/campaigns/{Guid.NewGuid()}/publish", null), HttpStatusCode.NotFound);
    }

    // --- Visibility --------------------------------------------------------------------------------------------

    [Test]
    public async Task DraftAndCancelledCampaigns_Are404_ToEveryoneButStaff()
    {
        using var coordinator = await CoordinatorAsync();
        var draft = await CampaignAsync(coordinator);
        var cancelled = await CampaignAsync(coordinator, "publish", "cancel");
        using var volunteer = await VolunteerClientAsync(await ActiveVolunteerAsync());
        using var trainer = await TrainerAsync();

        foreach (var id in new[] { draft, cancelled })
        {
            foreach (var client in new[] { Anonymous, volunteer, trainer })
            {
                await AssertProblemAsync(await client.GetAsync($"/api/v1/campaigns/{id}"), HttpStatusCode.NotFound);
                await AssertProblemAsync(await client.GetAsync($"/api/v1/campaigns/{id}/shifts"), HttpStatusCode.NotFound);
            }

            Assert.That((await coordinator.GetAsync($"/api/v1/campaigns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task PublishedRunningAndCompletedCampaigns_AreVisibleToEveryone()
    {
        using var coordinator = await CoordinatorAsync();
        var published = await CampaignAsync(coordinator, "publish");
        var running = await CampaignAsync(coordinator, "publish", "start");
        var completed = await CampaignAsync(coordinator, "publish", "start", "complete");
        using var volunteer = await VolunteerClientAsync(await ActiveVolunteerAsync());

        foreach (var id in new[] { published, running, completed })
        {
            foreach (var client in new[] { Anonymous, volunteer })
            {
                var response = await client.GetAsync($"/api/v1/campaigns/{id}");
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(response.Headers.ETag, Is.Not.Null);
            }
        }
    }

    [Test]
    public async Task List_ShowsThePublicOnlyPublicCampaigns_AndStaffAll()
    {
        using var coordinator = await CoordinatorAsync();
        await CampaignAsync(coordinator);
        await CampaignAsync(coordinator, "cancel");
        var published = await CampaignAsync(coordinator, "publish");
        var running = await CampaignAsync(coordinator, "publish", "start");
        using var volunteer = await VolunteerClientAsync(await ActiveVolunteerAsync());

        foreach (var client in new[] { Anonymous, volunteer })
        {
            var list = await GetJsonAsync(client, "/api/v1/campaigns");
            Assert.That(list["items"]!.AsArray().Select(c => IdOf(c!)), Is.EquivalentTo(new[] { published, running }));
            Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
            var drafts = await GetJsonAsync(client, "/api/v1/campaigns?status=Draft");
            Assert.That(drafts["totalCount"]!.GetValue<int>(), Is.Zero, "asking for drafts does not reveal them");
        }

        var all = await GetJsonAsync(coordinator, "/api/v1/campaigns");
        Assert.That(all["totalCount"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That((await GetJsonAsync(coordinator, "/api/v1/campaigns?status=Cancelled"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task List_FiltersByStatusDirectionKindDistrictAndDateRange_AndPages()
    {
        using var coordinator = await CoordinatorAsync();
        var march = await CreateCampaignAsync(coordinator, b =>
        {
            b["startsOn"] = HqToday.AddDays(1).ToString("yyyy-MM-dd");
            b["endsOn"] = HqToday.AddDays(5).ToString("yyyy-MM-dd");
            b["kind"] = "Emergency";
            b["directionId"] = 1;
            b["district"] = "Nura";
        });
        var later = await CreateCampaignAsync(coordinator, b =>
        {
            b["startsOn"] = HqToday.AddDays(20).ToString("yyyy-MM-dd");
            b["endsOn"] = HqToday.AddDays(30).ToString("yyyy-MM-dd");
            b["kind"] = "Event";
            b.Remove("district");
        });
        await TransitionAsync(coordinator, IdOf(later), "publish");

        async Task<Guid[]> Ids(string query) =>
            [.. (await GetJsonAsync(coordinator, $"/api/v1/campaigns?{query}"))["items"]!.AsArray().Select(c => IdOf(c!))];

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Ids("status=Published"), Is.EqualTo(new[] { IdOf(later) }));
            Assert.That(await Ids("kind=Emergency"), Is.EqualTo(new[] { IdOf(march) }));
            Assert.That(await Ids("directionId=1"), Is.EqualTo(new[] { IdOf(march) }));
            Assert.That(await Ids("district=Nura"), Is.EqualTo(new[] { IdOf(march) }));
            // Overlap: a range touching the last day of one campaign and the first of the other finds both.
            Assert.That(await Ids($"from={HqToday.AddDays(5):yyyy-MM-dd}&to={HqToday.AddDays(20):yyyy-MM-dd}"), Is.EquivalentTo(new[] { IdOf(march), IdOf(later) }));
            Assert.That(await Ids($"from={HqToday.AddDays(6):yyyy-MM-dd}&to={HqToday.AddDays(19):yyyy-MM-dd}"), Is.Empty);
            Assert.That(await Ids($"from={HqToday.AddDays(25):yyyy-MM-dd}"), Is.EqualTo(new[] { IdOf(later) }));
            Assert.That(await Ids($"to={HqToday.AddDays(2):yyyy-MM-dd}"), Is.EqualTo(new[] { IdOf(march) }));
            Assert.That(await Ids(""), Is.EqualTo(new[] { IdOf(later), IdOf(march) }), "latest start first");
        });

        var page = await GetJsonAsync(coordinator, "/api/v1/campaigns?page=2&pageSize=1");
        Assert.Multiple(() =>
        {
            Assert.That(page["items"]!.AsArray().Select(c => IdOf(c!)), Is.EqualTo(new[] { IdOf(march) }));
            Assert.That(page["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(page["pageSize"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(page["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
        });

        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/campaigns?from={HqToday:yyyy-MM-dd}&to={HqToday.AddDays(-1):yyyy-MM-dd}"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/campaigns?pageSize=101"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/campaigns?kind=Picnic"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ListFilters_HaveIndexes()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var indexed = db.Model.FindEntityType(typeof(Domain.Campaigns.Campaign))!.GetIndexes().Select(i => i.Properties[0].Name).ToList();
        Assert.That(indexed, Is.SupersetOf(new[] { "Status", "DirectionId", "Kind", "DistrictCode", "StartsOn", "EndsOn" }));
        var tables = await db.Database.SqlQueryRaw<string>(Database.IndexNamesSql, "Campaigns").ToListAsync();
        Assert.That(tables, Does.Contain("IX_Campaigns_Status_StartsOn"));
    }
}
