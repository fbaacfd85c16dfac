using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

/// <summary>The OpenAPI document is the clients' contract (SPEC §6): these are the rules client generators depend on.</summary>
public sealed partial class OpenApiContractTests(TestDatabase database) : ApiTest(database)
{
    private async Task<JsonNode> Served() =>
        JsonNode.Parse(await (await Anonymous.GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync())!;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!)));

    [Test]
    public async Task CommittedDocument_IsWhatTheApiServes()
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "openapi.json")))!;
        Assert.That(JsonNode.DeepEquals(committed, await Served()), Is.True,
            "docs/openapi.json is stale: build src/Api (it rewrites the file) and commit the result");
    }

    [Test]
    public async Task EveryOperation_HasAUniqueCamelCaseOperationId()
    {
        var ids = Operations(await Served()).Select(op => op.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.All.Matches(CamelCase()));
            Assert.That(ids, Is.Unique);
        });
        Assert.That(ids, Does.Contain("listCampaigns").And.Contain("signUpForShift").And.Contain("getStats"));
    }

    [Test]
    public async Task ComponentNamesAndTags_AreShortValidNames()
    {
        var document = await Served();
        var schemas = document["components"]!["schemas"]!.AsObject().Select(s => s.Key).ToList();
        var tags = Operations(document).SelectMany(op => op.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>())).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(schemas, Has.All.Matches(PascalCase()));
            Assert.That(schemas, Does.Contain("CampaignDtoPagedList").And.Contain("ProblemDetails").And.Contain("PartnerScope"));
            Assert.That(tags, Has.All.Matches(PascalCase()));
            Assert.That(tags, Does.Contain("HelpRequests").And.Contain("Mobilizations"));
        });
    }

    [Test]
    public async Task RequiredAndNullable_FollowTheTypesAndValidators()
    {
        var schemas = (await Served())["components"]!["schemas"]!;
        static string[] Required(JsonNode schema) => [.. schema["required"]!.AsArray().Select(r => r!.GetValue<string>())];
        Assert.Multiple(() =>
        {
            Assert.That(Required(schemas["ShiftPlan"]!), Does.Contain("location"));
            Assert.That(schemas["ShiftPlan"]!["properties"]!["location"]!["nullable"], Is.Null);
            Assert.That(Required(schemas["CreateCampaignCommand"]!), Does.Contain("kind"));
            Assert.That(Required(schemas["LocalizedTextDto"]!), Is.EquivalentTo(new[] { "kk", "ru" }));
            Assert.That(Required(schemas["ApplicationForm"]!), Does.Contain("firstName").And.Contain("personalDataConsent").And.Not.Contain("middleName"));
            Assert.That(Required(schemas["CampaignChanges"]!), Does.Contain("kind"), "the validator refuses a missing kind");
            Assert.That(schemas["CampaignDto"]!["properties"]!["district"]!["nullable"]!.GetValue<bool>(), Is.True);
            Assert.That(Required(schemas["CampaignDto"]!), Does.Contain("district"), "answers carry every property");
            Assert.That(schemas["PartnerScope"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()), Does.Contain("campaigns:read"));
        });
    }

    [Test]
    public async Task Headers_AndAnonymousAccess_AreDeclared()
    {
        var paths = (await Served())["paths"]!;
        var update = paths["/api/v1/campaigns/{id}"]!["put"]!;
        var ifMatch = update["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "If-Match")!;
        var create = paths["/api/v1/campaigns"]!["post"]!;
        var stats = paths["/api/v1/stats"]!["get"]!;
        Assert.Multiple(() =>
        {
            Assert.That(ifMatch["required"]!.GetValue<bool>(), Is.True, "a missing If-Match is a 428");
            Assert.That(create["responses"]!["201"]!["headers"]!.AsObject().Select(h => h.Key), Is.SupersetOf(new[] { "Location", "ETag", "Idempotent-Replayed" }));
            Assert.That(stats["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Does.Contain("If-None-Match"));
            Assert.That(stats["security"]!.AsArray().Any(r => r!.AsObject().Count == 0), Is.True, "anonymous callers may read /stats");
            Assert.That(stats["responses"]!["401"], Is.Not.Null, "a bad key is refused on public routes too");
            Assert.That(stats["responses"]!["429"]!["headers"]!["Retry-After"], Is.Not.Null);
        });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Volunteers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Volunteers.sln not found above the test directory");
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]+$")]
    private static partial Regex CamelCase();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCase();
}
