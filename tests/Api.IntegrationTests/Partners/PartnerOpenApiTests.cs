using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.OpenApi;
using Volunteers.Api.Security;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.IntegrationTests.Partners;

public sealed class PartnerOpenApiTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task SwaggerOffersTheApiKeyBesideTheBearerToken_OnTheOperationsPartnersMayCall()
    {
        var document = JsonNode.Parse(await (await Anonymous.GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync())!;
        var apiKey = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.That(apiKey["type"]!.GetValue<string>(), Is.EqualTo("apiKey"));
        Assert.That(apiKey["in"]!.GetValue<string>(), Is.EqualTo("header"));
        Assert.That(apiKey["name"]!.GetValue<string>(), Is.EqualTo("X-Api-Key"));

        static string[] Schemes(JsonNode operation) =>
            [.. operation["security"]!.AsArray().SelectMany(requirement => requirement!.AsObject().Select(scheme => scheme.Key))];

        var subscribe = document["paths"]!["/api/v1/webhooks"]!["post"]!;
        Assert.That(Schemes(subscribe), Is.EquivalentTo(new[] { "Bearer", "ApiKey" }));
        Assert.That(subscribe["description"]!.GetValue<string>(), Does.Contain("Requires: role Admin, or any partner API key"));
        var register = document["paths"]!["/api/v1/partners"]!["post"]!;
        Assert.That(Schemes(register), Is.EqualTo(new[] { "Bearer" }));
        Assert.That(register["description"]!.GetValue<string>(), Does.Contain("Requires: role Admin."));
    }

    [Test]
    public void ScopePolicies_AreDescribedWithTheirScope_AndAdmitPartnerKeys()
    {
        Assert.That(AuthorizationOperationFilter.Describe(Policies.StaffOrScope(PartnerScopes.HelpRequestsWrite)),
            Is.EqualTo("role Coordinator or Admin, or a partner API key with scope `help-requests:write`"));
        Assert.That(AuthorizationOperationFilter.Describe(Policies.Scope(PartnerScopes.StatsRead)), Is.EqualTo("a partner API key with scope `stats:read`"));
        Assert.That(AuthorizationOperationFilter.AdmitsPartners(Policies.StaffOrScope(PartnerScopes.CampaignsRead)), Is.True);
        Assert.That(AuthorizationOperationFilter.AdmitsPartners(Policies.Staff), Is.False);
        Assert.That(AuthorizationOperationFilter.Describe(Policies.PublicOrScope(PartnerScopes.CampaignsRead)),
            Is.EqualTo("nothing (public), but a partner API key needs scope `campaigns:read`"));
        Assert.That(AuthorizationOperationFilter.AdmitsPartners(Policies.PublicOrScope(PartnerScopes.CampaignsRead)), Is.True);
    }
}
