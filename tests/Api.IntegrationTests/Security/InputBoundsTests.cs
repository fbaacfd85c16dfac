using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Security;

public sealed class InputBoundsTests(TestDatabase database) : ApiTest(database)
{
    [TestCase("%00")]
    [TestCase("ab%00cd")]
    [TestCase("%1B%5B2J")]
    public async Task Search_WithAControlCharacter_Returns400NamingSearch(string search)
    {
        await VolunteerBuilder.AVolunteer().SaveAsync(Factory);
        using var admin = await AdminAsync();

        var response = await admin.GetAsync($"/api/v1/volunteers?search={search}");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(problem["errors"]!["search"], Is.Not.Null, problem.ToJsonString());
    }

    [TestCase("/api/v1/volunteers")]
    [TestCase("/api/v1/applications")]
    public async Task Page_BeyondTheBound_Returns400_InsteadOfOverflowingIntoPageOne(string list)
    {
        await VolunteerBuilder.AVolunteer().SaveAsync(Factory);
        using var admin = await AdminAsync();

        var response = await admin.GetAsync($"{list}?page=2147483647&pageSize=100");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(problem["errors"]!["page"], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task Page_AtTheBound_IsAnEmptyPage()
    {
        await VolunteerBuilder.AVolunteer().SaveAsync(Factory);
        using var admin = await AdminAsync();

        var response = await admin.GetAsync("/api/v1/volunteers?page=1000000&pageSize=100");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        Assert.That(body["items"]!.AsArray(), Is.Empty);
        Assert.That(body["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }
}
