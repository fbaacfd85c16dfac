using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class OperationsTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task HealthEndpoints_AnswerHealthy()
    {
        var live = await Anonymous.GetAsync("/health/live");
        var ready = await Anonymous.GetAsync("/health/ready");
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task OpenApi_DocumentsEveryOperation_WithSummaryAndResponses()
    {
        var response = await Anonymous.GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(document["components"]!["securitySchemes"]!["Bearer"], Is.Not.Null);
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();
        Assert.That(operations, Has.Count.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var (name, operation) in operations)
            {
                Assert.That(operation["summary"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{name} has no summary");
                Assert.That(operation["responses"]!.AsObject().Count, Is.GreaterThanOrEqualTo(1), $"{name} declares no responses");
            }
        });
        var createStaff = document["paths"]!["/api/v1/staff-accounts"]!["post"]!;
        Assert.That(createStaff["security"], Is.Not.Null);
        Assert.That(createStaff["responses"]!["403"], Is.Not.Null);
        Assert.That(createStaff["description"]!.GetValue<string>(), Does.Contain("Admin"));
    }

    [Test]
    public async Task OpenApi_RequestBodiesCarryExamples()
    {
        var document = JsonNode.Parse(await (await Anonymous.GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync())!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var login = schemas.Single(s => s.Key.EndsWith("LoginCommand", StringComparison.Ordinal)).Value!;
        Assert.That(login["properties"]!["email"]!["example"]!.GetValue<string>(), Does.Contain("@"));
        var text = schemas.Single(s => s.Key.EndsWith("LocalizedTextDto", StringComparison.Ordinal)).Value!;
        Assert.That(text["example"]!["kk"]!.GetValue<string>(), Is.Not.Empty);
        var stage = schemas.Single(s => s.Key.EndsWith("TrainingStageSettings", StringComparison.Ordinal)).Value!;
        Assert.That(stage["properties"]!["passThresholdPercent"]!["example"]!.GetValue<int>(), Is.EqualTo(80));
    }

    [Test]
    public async Task SwaggerUi_IsServed()
    {
        var response = await Anonymous.GetAsync("/swagger/index.html");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("swagger-ui"));
    }

    [Test]
    public async Task Cors_AllowsConfiguredOriginsOnly()
    {
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://volunteers.example" });
        using var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/me");
        preflight.Headers.Add("Origin", "https://volunteers.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        var allowed = await client.SendAsync(preflight);
        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("https://volunteers.example"));

        using var other = new HttpRequestMessage(HttpMethod.Options, "/api/v1/me");
        other.Headers.Add("Origin", "https://evil.example");
        other.Headers.Add("Access-Control-Request-Method", "GET");
        var refused = await client.SendAsync(other);
        Assert.That(refused.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }
}
