using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Partners;

public sealed class PartnerTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task Admin_RegistersPartner_AndSeesTheKeyOnlyOnce()
    {
        using var admin = await AdminAsync();
        var response = await admin.PostJsonAsync("/api/v1/partners", new { name = "City portal", scopes = new[] { "stats:read", "campaigns:read", "stats:read" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await response.ReadJsonAsync();
        var id = body["id"]!.GetValue<string>();
        var apiKey = body["apiKey"]!.GetValue<string>();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/partners/{id}"));
        Assert.That(body["name"]!.GetValue<string>(), Is.EqualTo("City portal"));
        Assert.That(body["scopes"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { "campaigns:read", "stats:read" }));
        Assert.That(apiKey, Does.StartWith("vk_").And.Length.GreaterThan(40));

        var fetched = await admin.GetAsync(response.Headers.Location);
        Assert.That(fetched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await fetched.Content.ReadAsStringAsync(), Does.Not.Contain("apiKey"), "the key is shown only once");
        await AssertProblemAsync(await admin.GetAsync($"/api/v1/partners/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        var list = await (await admin.GetAsync("/api/v1/partners")).ReadJsonAsync();
        var listed = list["items"]!.AsArray().Single()!;
        Assert.That(listed["id"]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That(listed["keyPrefix"]!.GetValue<string>(), Is.EqualTo(apiKey[..10]));
        Assert.That(listed["isActive"]!.GetValue<bool>(), Is.True);
        Assert.That(listed.AsObject().ContainsKey("apiKey"), Is.False);
        Assert.That(list.ToJsonString(), Does.Not.Contain(apiKey));

        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Partners.AsNoTracking().SingleAsync();
        Assert.That(stored.ApiKeyHash, Is.Not.EqualTo(apiKey).And.Length.EqualTo(64), "only a hash of the key is stored");
    }

    [Test]
    public async Task RegisterPartner_WithUnknownOrNoScopes_Returns400()
    {
        using var admin = await AdminAsync();
        var unknown = await admin.PostJsonAsync("/api/v1/partners", new { name = "Polyclinic", scopes = new[] { "campaigns:read", "volunteers:write" } });
        await AssertProblemAsync(unknown, HttpStatusCode.BadRequest, "/validation");
        var errors = (await unknown.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "scopes[1]" }));
        Assert.That(errors["scopes[1]"]![0]!.GetValue<string>(), Does.Contain("volunteers:write").And.Contain("help-requests:write"));

        await AssertProblemAsync(await admin.PostJsonAsync("/api/v1/partners", new { name = "Polyclinic", scopes = Array.Empty<string>() }), HttpStatusCode.BadRequest, "/validation");
        await AssertProblemAsync(await admin.PostJsonAsync("/api/v1/partners", new { name = " ", scopes = new[] { "stats:read" } }), HttpStatusCode.BadRequest, "/validation");
    }

    [Test]
    public async Task RegisterPartner_ExplainsUnknownScopesInTheCallersLanguage()
    {
        using var admin = await AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partners")
        {
            Content = JsonContent.Create(new { name = "Polyclinic", scopes = new[] { "everything" } }, options: Json.Options),
        };
        request.Headers.AcceptLanguage.ParseAdd("kk");
        var response = await admin.SendAsync(request);
        var message = (await response.ReadJsonAsync())["errors"]!["scopes[0]"]![0]!.GetValue<string>();
        Assert.That(message, Does.Contain("белгісіз рұқсат аясы"));
    }

    [Test]
    public async Task RegisterPartner_WithTheNameOfAnActivePartner_Returns409_ButARevokedOnesNameIsFree()
    {
        using var admin = await AdminAsync();
        using var first = await Factory.RegisterAsync(admin, "Social services", "help-requests:write");
        await AssertProblemAsync(await admin.PostJsonAsync("/api/v1/partners", new { name = "Social services", scopes = new[] { "stats:read" } }),
            HttpStatusCode.Conflict, "/partner-name-taken");

        Assert.That((await admin.PostAsync($"/api/v1/partners/{first.Id}/revoke", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var again = await admin.PostJsonAsync("/api/v1/partners", new { name = "Social services", scopes = new[] { "stats:read" } });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task RevokedKey_Returns401AtOnce_OnProtectedAndPublicRoutes()
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", "campaigns:read");
        Assert.That((await partner.Client.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await admin.PostAsync($"/api/v1/partners/{partner.Id}/revoke", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var refused = await partner.Client.GetAsync("/api/v1/webhooks");
        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "/unauthorized");
        Assert.That((await refused.ReadJsonAsync())["detail"]!.GetValue<string>(), Does.Contain("revoked"));
        Assert.That(refused.Headers.WwwAuthenticate.ToString(), Does.Contain("ApiKey"));
        await AssertProblemAsync(await partner.Client.GetAsync("/api/v1/directions"), HttpStatusCode.Unauthorized);

        var listed = (await (await admin.GetAsync("/api/v1/partners")).ReadJsonAsync())["items"]![0]!;
        Assert.That(listed["isActive"]!.GetValue<bool>(), Is.False);
        Assert.That(listed["revokedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
    }

    [Test]
    public async Task WrongKey_Returns401()
    {
        using var client = Factory.ClientWithApiKey("vk_made-up");
        await AssertProblemAsync(await client.GetAsync("/api/v1/webhooks"), HttpStatusCode.Unauthorized, "/unauthorized");
        using var empty = Factory.ClientWithApiKey(" ");
        await AssertProblemAsync(await empty.GetAsync("/api/v1/directions"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Revoke_Twice_Returns409_AndUnknown_Returns404()
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", "stats:read");
        await admin.PostAsync($"/api/v1/partners/{partner.Id}/revoke", null);
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/partners/{partner.Id}/revoke", null), HttpStatusCode.Conflict, "/partner-already-revoked");
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/partners/{Guid.NewGuid()}/revoke", null), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task PartnerRoutes_NeedTheAdminRole_EvenForAPartnerWithEveryScope()
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "Everything", "campaigns:read", "help-requests:read", "help-requests:write", "mobilizations:read", "stats:read");
        using var coordinator = await CoordinatorAsync();

        await AssertProblemAsync(await partner.Client.PostJsonAsync("/api/v1/partners", new { name = "Mine", scopes = new[] { "stats:read" } }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await partner.Client.GetAsync("/api/v1/partners"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await partner.Client.PostAsync($"/api/v1/partners/{partner.Id}/revoke", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/partners"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/partners"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task RegisterPartner_IsIdempotent()
    {
        using var admin = await AdminAsync();
        HttpRequestMessage Create()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partners")
            {
                Content = JsonContent.Create(new { name = "City portal", scopes = new[] { "stats:read" } }, options: Json.Options),
            };
            request.Headers.Add("Idempotency-Key", "partner-1");
            return request;
        }

        using var first = Create();
        using var retry = Create();
        var created = await admin.SendAsync(first);
        var replayed = await admin.SendAsync(retry);
        Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await replayed.Content.ReadAsStringAsync(), Is.EqualTo(await created.Content.ReadAsStringAsync()));
        Assert.That((await (await admin.GetAsync("/api/v1/partners")).ReadJsonAsync())["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }
}
