using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.HelpRequests;

public sealed class HelpRequestTests(TestDatabase database) : CampaignApiTest(database)
{
    private static async Task<Guid> CreateAsync(HttpClient staff, Action<JsonObject>? change = null)
    {
        var response = await staff.PostJsonAsync("/api/v1/help-requests", HelpRequestBody(change));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return IdOf(await response.ReadJsonAsync());
    }

    [Test]
    public async Task Create_StoresThePhoneAsE164_AndStartsNew()
    {
        using var coordinator = await CoordinatorAsync();
        var response = await coordinator.PostJsonAsync("/api/v1/help-requests", HelpRequestBody());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var request = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/help-requests/{IdOf(request)}"));
            Assert.That(request["status"]!.GetValue<string>(), Is.EqualTo("New"));
            Assert.That(request["beneficiary"]!["phone"]!.GetValue<string>(), Is.EqualTo("+77012345678"));
            Assert.That(request["beneficiary"]!["district"]!.GetValue<string>(), Is.EqualTo("Yesil"));
            Assert.That(request["beneficiary"]!["category"]!.GetValue<string>(), Is.EqualTo("LonelyPensioner"));
            Assert.That(request["kind"]!.GetValue<string>(), Is.EqualTo("SnowClearing"));
            Assert.That(request["preferredDate"]!.GetValue<string>(), Is.EqualTo("2026-03-14"));
        });
        var fetched = await GetJsonAsync(coordinator, $"/api/v1/help-requests/{IdOf(request)}");
        Assert.That(fetched["beneficiary"]!["fullName"]!.GetValue<string>(), Is.EqualTo("Сәрсенбаева Гүлжан"));
    }

    [Test]
    public async Task Create_WithInvalidFields_Returns400NamingEachField()
    {
        using var coordinator = await CoordinatorAsync();
        var response = await coordinator.PostJsonAsync("/api/v1/help-requests", HelpRequestBody(b =>
        {
            b["beneficiary"]!["phone"] = "+1 202 555 0100";
            b["beneficiary"]!["district"] = "Atlantis";
            b["beneficiary"]!["fullName"] = "";
            b["beneficiary"]!.AsObject().Remove("category");
            b.Remove("kind");
        }));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[]
        {
            "beneficiary.phone", "beneficiary.district", "beneficiary.fullName", "beneficiary.category", "kind",
        }));
        await AssertProblemAsync(await coordinator.PostJsonAsync("/api/v1/help-requests", HelpRequestBody(b => b.Remove("beneficiary"))), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await coordinator.PostJsonAsync("/api/v1/help-requests", HelpRequestBody(b => b["kind"] = "Gardening")), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task HelpRequests_AreClosedToVolunteersTrainersAndTheAnonymousPublic()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator);
        using var volunteer = await VolunteerClientAsync(await ActiveVolunteerAsync());
        using var trainer = await TrainerAsync();

        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/help-requests", HelpRequestBody()), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/help-requests"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/help-requests/{id}"), HttpStatusCode.Unauthorized);
        foreach (var client in new[] { volunteer, trainer })
        {
            await AssertProblemAsync(await client.PostJsonAsync("/api/v1/help-requests", HelpRequestBody()), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await client.GetAsync("/api/v1/help-requests"), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await client.GetAsync($"/api/v1/help-requests/{id}"), HttpStatusCode.Forbidden);
            await AssertProblemAsync(await client.PostAsync($"/api/v1/help-requests/{id}/cancel", null), HttpStatusCode.Forbidden);
        }

        using var admin = await AdminAsync();
        Assert.That((await admin.GetAsync($"/api/v1/help-requests/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await admin.GetAsync($"/api/v1/help-requests/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_FiltersByStatusKindAndDistrict_NewestFirst()
    {
        using var coordinator = await CoordinatorAsync();
        var snow = await CreateAsync(coordinator);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var food = await CreateAsync(coordinator, b =>
        {
            b["kind"] = "FoodBasket";
            b["beneficiary"]!["district"] = "Nura";
        });
        Clock.Advance(TimeSpan.FromMinutes(1));
        var cancelled = await CreateAsync(coordinator);
        await coordinator.PostAsync($"/api/v1/help-requests/{cancelled}/cancel", null);

        async Task<Guid[]> Ids(string query) =>
            [.. (await GetJsonAsync(coordinator, $"/api/v1/help-requests?{query}"))["items"]!.AsArray().Select(r => IdOf(r!))];

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Ids(""), Is.EqualTo(new[] { cancelled, food, snow }));
            Assert.That(await Ids("status=New"), Is.EqualTo(new[] { food, snow }));
            Assert.That(await Ids("status=Cancelled"), Is.EqualTo(new[] { cancelled }));
            Assert.That(await Ids("kind=FoodBasket"), Is.EqualTo(new[] { food }));
            Assert.That(await Ids("district=Yesil&status=New"), Is.EqualTo(new[] { snow }));
            Assert.That(await Ids("page=2&pageSize=2"), Is.EqualTo(new[] { snow }));
        });
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/help-requests?pageSize=0"), HttpStatusCode.BadRequest);
    }

    private static readonly Dictionary<string, string[]> PathTo = new()
    {
        ["New"] = [],
        ["Assigned"] = ["assign"],
        ["Completed"] = ["assign", "complete"],
        ["Cancelled"] = ["cancel"],
    };

    [TestCase("assign", "Assigned", "New")]
    [TestCase("complete", "Completed", "Assigned")]
    [TestCase("cancel", "Cancelled", "New", "Assigned")]
    public async Task Transition_IsAllowedOnlyFromItsStatuses(string action, string target, params string[] allowedFrom)
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        Task<HttpResponseMessage> Act(Guid id, string step) => step == "assign"
            ? coordinator.PostJsonAsync($"/api/v1/help-requests/{id}/assign", new { shiftId })
            : coordinator.PostAsync($"/api/v1/help-requests/{id}/{step}", null);

        foreach (var (from, path) in PathTo)
        {
            var id = await CreateAsync(coordinator);
            foreach (var step in path)
            {
                Assert.That((await Act(id, step)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            }

            var response = await Act(id, action);
            if (allowedFrom.Contains(from))
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{action} from {from}");
                var request = await response.ReadJsonAsync();
                Assert.That(request["status"]!.GetValue<string>(), Is.EqualTo(target));
                if (action == "assign")
                {
                    Assert.That(request["shiftId"]!.GetValue<string>(), Is.EqualTo(shiftId.ToString()));
                }
            }
            else
            {
                await AssertProblemAsync(response, HttpStatusCode.Conflict, "/help-request-invalid-transition");
                Assert.That((await GetJsonAsync(coordinator, $"/api/v1/help-requests/{id}"))["status"]!.GetValue<string>(), Is.EqualTo(from));
            }
        }
    }

    [Test]
    public async Task Assign_ToAnUnknownShift_Is404_AndToAClosedCampaignsShift409()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator);
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 9), HqTime(HqToday.AddDays(1), 12));
        await TransitionAsync(coordinator, campaignId, "complete");

        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/help-requests/{id}/assign", new { shiftId = Guid.NewGuid() }), HttpStatusCode.NotFound);
        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/help-requests/{id}/assign", new { shiftId }), HttpStatusCode.Conflict, "/campaign-closed");
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/help-requests/{Guid.NewGuid()}/complete", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ListFilters_HaveIndexes()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var indexes = await db.Database.SqlQueryRaw<string>(Database.IndexNamesSql, "HelpRequests").ToListAsync();
        Assert.That(indexes, Is.SupersetOf(new[] { "IX_HelpRequests_Status_CreatedAt", "IX_HelpRequests_Kind_CreatedAt", "IX_HelpRequests_Beneficiary_DistrictCode" }));
    }
}
