using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.IntegrationTests.Partners;

/// <summary>
/// The real routes that partner scopes open (SPEC §3, docs/integrators.md), called over HTTP with real keys: a key with
/// the route's scope gets in, a key with every other scope gets 403, a revoked key 401, and nobody at all 401 unless
/// the route is public.
/// </summary>
public sealed class PartnerRouteTests(TestDatabase database) : CampaignApiTest(database)
{
    private sealed record Route(string Call, string Scope, bool IsPublic, HttpStatusCode Allowed, Func<HttpClient, Task<HttpResponseMessage>> Send);

    private static async Task<JsonNode> CreatedAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    [Test]
    public async Task ScopeMatrix_OverTheRealRoutes()
    {
        using var admin = await AdminAsync();
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish");
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14));
        var helpRequestId = IdOf(await CreatedAsync(await coordinator.PostJsonAsync("/api/v1/help-requests", HelpRequestBody())));
        var mobilizationId = await Mobilizations.MobilizationApi.CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        await Mobilizations.MobilizationApi.DrawOkAsync(coordinator, mobilizationId, HqToday);
        var day = Mobilizations.MobilizationApi.Day(HqToday);
        Route[] routes =
        [
            new("GET /campaigns", PartnerScopes.CampaignsRead, true, HttpStatusCode.OK, c => c.GetAsync("/api/v1/campaigns")),
            new("GET /campaigns/{id}", PartnerScopes.CampaignsRead, true, HttpStatusCode.OK, c => c.GetAsync($"/api/v1/campaigns/{campaignId}")),
            new("GET /campaigns/{id}/shifts", PartnerScopes.CampaignsRead, true, HttpStatusCode.OK, c => c.GetAsync($"/api/v1/campaigns/{campaignId}/shifts")),
            new("GET /shifts/{id}", PartnerScopes.CampaignsRead, true, HttpStatusCode.OK, c => c.GetAsync($"/api/v1/shifts/{shiftId}")),
            new("GET /help-requests", PartnerScopes.HelpRequestsRead, false, HttpStatusCode.OK, c => c.GetAsync("/api/v1/help-requests")),
            new("GET /help-requests/{id}", PartnerScopes.HelpRequestsRead, false, HttpStatusCode.OK, c => c.GetAsync($"/api/v1/help-requests/{helpRequestId}")),
            new("POST /help-requests", PartnerScopes.HelpRequestsWrite, false, HttpStatusCode.Created, c => c.PostJsonAsync("/api/v1/help-requests", HelpRequestBody())),
            new("GET /mobilizations/{id}", PartnerScopes.MobilizationsRead, false, HttpStatusCode.OK, c => c.GetAsync($"/api/v1/mobilizations/{mobilizationId}")),
            new("GET /mobilizations/{id}/rosters/{date}", PartnerScopes.MobilizationsRead, false, HttpStatusCode.OK, c => c.GetAsync($"/api/v1/mobilizations/{mobilizationId}/rosters/{day}")),
            new("GET /stats", PartnerScopes.StatsRead, true, HttpStatusCode.OK, c => c.GetAsync("/api/v1/stats")),
        ];

        using var revoked = await Factory.RegisterAsync(admin, "Revoked", [.. PartnerScopes.All]);
        Assert.That((await admin.PostAsync($"/api/v1/partners/{revoked.Id}/revoke", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var withScope = new Dictionary<string, RegisteredPartner>();
        var withoutScope = new Dictionary<string, RegisteredPartner>();
        foreach (var scope in routes.Select(r => r.Scope).Distinct())
        {
            withScope[scope] = await Factory.RegisterAsync(admin, $"Only {scope}", scope);
            withoutScope[scope] = await Factory.RegisterAsync(admin, $"All but {scope}", [.. PartnerScopes.All.Where(s => s != scope)]);
        }

        try
        {
            foreach (var route in routes)
            {
                var allowed = await route.Send(withScope[route.Scope].Client);
                Assert.That(allowed.StatusCode, Is.EqualTo(route.Allowed), $"{route.Call} with {route.Scope}: {await allowed.Content.ReadAsStringAsync()}");
                await AssertProblemAsync(await route.Send(withoutScope[route.Scope].Client), HttpStatusCode.Forbidden);
                await AssertProblemAsync(await route.Send(revoked.Client), HttpStatusCode.Unauthorized);
                var anonymous = await route.Send(Anonymous);
                if (route.IsPublic)
                {
                    Assert.That(anonymous.StatusCode, Is.EqualTo(route.Allowed), $"{route.Call} is public");
                }
                else
                {
                    await AssertProblemAsync(anonymous, HttpStatusCode.Unauthorized);
                }
            }
        }
        finally
        {
            foreach (var partner in withScope.Values.Concat(withoutScope.Values))
            {
                partner.Dispose();
            }
        }
    }

    [Test]
    public async Task APartnerWithCampaignsRead_SeesThePublicView_NoDraftsNoCancelledCampaigns()
    {
        using var admin = await AdminAsync();
        using var coordinator = await CoordinatorAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", PartnerScopes.CampaignsRead);
        var published = await CampaignAsync(coordinator, "publish");
        var publishedShift = await AddShiftAsync(coordinator, published, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14));
        var running = await CampaignAsync(coordinator, "publish", "start");
        var draft = await CampaignAsync(coordinator);
        var draftShift = await AddShiftAsync(coordinator, draft, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14));
        var cancelled = await CampaignAsync(coordinator, "publish", "cancel");

        var list = await GetJsonAsync(partner.Client, "/api/v1/campaigns?pageSize=100");
        var ids = list["items"]!.AsArray().Select(item => IdOf(item!)).ToList();
        Assert.That(ids, Is.EquivalentTo(new[] { published, running }));
        var asDraft = await GetJsonAsync(partner.Client, "/api/v1/campaigns?status=Draft");
        Assert.That(asDraft["totalCount"]!.GetValue<int>(), Is.Zero, "a status filter does not open drafts");
        Assert.That((await GetJsonAsync(coordinator, "/api/v1/campaigns?pageSize=100"))["totalCount"]!.GetValue<int>(), Is.EqualTo(4), "staff see all");

        foreach (var hidden in new[] { draft, cancelled })
        {
            await AssertProblemAsync(await partner.Client.GetAsync($"/api/v1/campaigns/{hidden}"), HttpStatusCode.NotFound);
            await AssertProblemAsync(await partner.Client.GetAsync($"/api/v1/campaigns/{hidden}/shifts"), HttpStatusCode.NotFound);
        }

        await AssertProblemAsync(await partner.Client.GetAsync($"/api/v1/shifts/{draftShift}"), HttpStatusCode.NotFound);

        // The same answers as the anonymous public gets, byte for byte: a key adds no personal or staff data.
        foreach (var url in new[] { "/api/v1/campaigns?pageSize=100", $"/api/v1/campaigns/{published}", $"/api/v1/campaigns/{published}/shifts", $"/api/v1/shifts/{publishedShift}" })
        {
            var asPartner = await partner.Client.GetAsync(url);
            var asPublic = await Anonymous.GetAsync(url);
            Assert.That(asPartner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await asPartner.Content.ReadAsStringAsync(), Is.EqualTo(await asPublic.Content.ReadAsStringAsync()), url);
        }
    }

    [Test]
    public async Task APartner_CreatesAHelpRequest_AndReadsHelpRequests_WithoutTheBeneficiarysContactData()
    {
        using var admin = await AdminAsync();
        using var coordinator = await CoordinatorAsync();
        using var socialServices = await Factory.RegisterAsync(admin, "Social services", PartnerScopes.HelpRequestsWrite, PartnerScopes.HelpRequestsRead);

        var response = await socialServices.Client.PostJsonAsync("/api/v1/help-requests", HelpRequestBody());
        var created = await CreatedAsync(response);
        var id = IdOf(created);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/help-requests/{id}"));
        Assert.That(created["status"]!.GetValue<string>(), Is.EqualTo("New"));

        // Staff get everything the partner sent, normalised.
        var asStaff = await GetJsonAsync(coordinator, $"/api/v1/help-requests/{id}");
        Assert.That(asStaff["beneficiary"]!["phone"]!.GetValue<string>(), Is.EqualTo("+77012345678"));
        Assert.That(asStaff["beneficiary"]!["address"]!.GetValue<string>(), Is.EqualTo("ул. Сарайшык, 5, кв. 12"));
        Assert.That(asStaff["kind"]!.GetValue<string>(), Is.EqualTo("SnowClearing"));

        // A partner sees the request, but the beneficiary's phone masked and no address (SPEC §2: personal data is for staff).
        var single = await GetJsonAsync(socialServices.Client, $"/api/v1/help-requests/{id}");
        var listed = (await GetJsonAsync(socialServices.Client, "/api/v1/help-requests"))["items"]!.AsArray().Single()!;
        foreach (var seen in new[] { created, single, listed })
        {
            Assert.That(IdOf(seen), Is.EqualTo(id));
            Assert.That(seen["beneficiary"]!["phone"]!.GetValue<string>(), Is.EqualTo("+7701*****78"));
            Assert.That(seen["beneficiary"]!["address"], Is.Null);
            Assert.That(seen["beneficiary"]!["district"]!.GetValue<string>(), Is.EqualTo("Yesil"));
            Assert.That(seen["kind"]!.GetValue<string>(), Is.EqualTo("SnowClearing"));
        }

        var retried = await socialServices.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests")
        {
            Content = System.Net.Http.Json.JsonContent.Create(HelpRequestBody(), options: Json.Options),
            Headers = { { "Idempotency-Key", "portal-7" } },
        });
        var replayed = await socialServices.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/help-requests")
        {
            Content = System.Net.Http.Json.JsonContent.Create(HelpRequestBody(), options: Json.Options),
            Headers = { { "Idempotency-Key", "portal-7" } },
        });
        Assert.That(IdOf(await CreatedAsync(replayed)), Is.EqualTo(IdOf(await CreatedAsync(retried))), "a partner's retry creates nothing new");
        Assert.That((await GetJsonAsync(coordinator, "/api/v1/help-requests"))["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
    }
}
