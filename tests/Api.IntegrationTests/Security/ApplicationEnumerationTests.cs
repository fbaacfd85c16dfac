using System.Net;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Security;

public sealed class ApplicationEnumerationTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task PublicForm_AnswersAlike_ForAPendingApplicantAndARegisteredVolunteer()
    {
        await SubmitAsync(AnApplication().WithEmail("applicant@test.local"));
        await AVolunteer().WithEmail("volunteer@test.local").SaveAsync(Factory);

        var applicant = await ApplyAsync(AnApplication().WithEmail("applicant@test.local"));
        var volunteer = await ApplyAsync(AnApplication().WithEmail("volunteer@test.local"));

        await AssertProblemAsync(applicant, HttpStatusCode.Conflict, "/application-duplicate");
        await AssertProblemAsync(volunteer, HttpStatusCode.Conflict, "/application-duplicate");
        var (a, v) = (JsonNode.Parse(await applicant.Content.ReadAsStringAsync())!, JsonNode.Parse(await volunteer.Content.ReadAsStringAsync())!);
        Assert.That(new[] { v["type"]!.ToString(), v["title"]!.ToString(), v["detail"]!.ToString() },
            Is.EqualTo(new[] { a["type"]!.ToString(), a["title"]!.ToString(), a["detail"]!.ToString() }));
    }
}
