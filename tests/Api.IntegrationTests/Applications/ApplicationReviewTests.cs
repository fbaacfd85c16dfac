using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;

namespace Volunteers.Api.IntegrationTests.Applications;

/// <summary>Coordinators review applications: list, read, approve (a trainee is born) or reject with a reason.</summary>
public sealed class ApplicationReviewTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task Approve_CreatesATraineeInTheIntroductoryStage_AndRecordsWhoDecidedAndWhen()
    {
        var id = await SubmitAsync(AnApplication().WithEmail("future.trainee@test.local").WithDirections(1, 2).WithLanguages("kk", "ru"));
        var coordinator = await StaffAsync("Coordinator");
        Clock.Advance(TimeSpan.FromMinutes(3));

        var approved = await coordinator.Client.PostAsync($"/api/v1/applications/{id}/approve", null);

        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approved.Content.ReadAsStringAsync());
        var volunteerId = (await approved.ReadJsonAsync())["volunteerId"]!.GetValue<string>();
        var application = await GetJsonAsync(coordinator.Client, $"/api/v1/applications/{id}");
        var volunteer = await GetJsonAsync(coordinator.Client, $"/api/v1/volunteers/{volunteerId}");
        Assert.Multiple(() =>
        {
            Assert.That(application["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That(application["decidedBy"]!.GetValue<Guid>(), Is.EqualTo(coordinator.AccountId));
            Assert.That(application["decidedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
            Assert.That(application["volunteerId"]!.GetValue<string>(), Is.EqualTo(volunteerId));
            Assert.That(volunteer["status"]!.GetValue<string>(), Is.EqualTo("Trainee"));
            Assert.That(volunteer["currentStage"]!.GetValue<string>(), Is.EqualTo("Introductory"));
            Assert.That(volunteer["email"]!.GetValue<string>(), Is.EqualTo("future.trainee@test.local"));
            Assert.That(volunteer["iin"]!.GetValue<string>(), Is.EqualTo(application["iin"]!.GetValue<string>()));
            Assert.That(volunteer["phone"]!.GetValue<string>(), Is.EqualTo("+77012345678"));
            Assert.That(volunteer["directionIds"]!.AsArray().Select(d => d!.GetValue<int>()), Is.EquivalentTo(new[] { 1, 2 }));
            Assert.That(volunteer["messageLanguage"]!.GetValue<string>(), Is.EqualTo("kk"));
            Assert.That(volunteer["hours"]!.GetValue<decimal>(), Is.Zero);
        });
    }

    [Test]
    public async Task Approve_Twice_Returns409AlreadyDecided_AndCreatesOneVolunteer()
    {
        var id = await SubmitAsync(AnApplication());
        using var coordinator = await CoordinatorAsync();
        await coordinator.PostAsync($"/api/v1/applications/{id}/approve", null);

        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/applications/{id}/approve", null), HttpStatusCode.Conflict, "/application-already-decided");
        Assert.That((await GetJsonAsync(coordinator, "/api/v1/volunteers"))["totalCount"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Reject_RecordsTheReason_AndARejectedApplicationCannotBeApprovedOrRejectedAgain()
    {
        var id = await SubmitAsync(AnApplication());
        var coordinator = await StaffAsync("Coordinator");

        var rejected = await coordinator.Client.PostJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "  Could not be reached by phone.  " });

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await rejected.ReadJsonAsync();
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Rejected"));
        Assert.That(body["rejectionReason"]!.GetValue<string>(), Is.EqualTo("Could not be reached by phone."));
        Assert.That(body["decidedBy"]!.GetValue<Guid>(), Is.EqualTo(coordinator.AccountId));
        Assert.That(body["decidedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow()));
        await AssertProblemAsync(await coordinator.Client.PostAsync($"/api/v1/applications/{id}/approve", null), HttpStatusCode.Conflict, "/application-already-decided");
        await AssertProblemAsync(await coordinator.Client.PostJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "Again" }), HttpStatusCode.Conflict, "/application-already-decided");
    }

    [Test]
    public async Task Reject_AnApprovedApplication_Returns409()
    {
        var id = await SubmitAsync(AnApplication());
        using var coordinator = await CoordinatorAsync();
        await coordinator.PostAsync($"/api/v1/applications/{id}/approve", null);
        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/applications/{id}/reject", new { reason = "Changed my mind" }), HttpStatusCode.Conflict, "/application-already-decided");
    }

    [TestCase(null)]
    [TestCase("   ")]
    public async Task Reject_WithoutReason_Returns400OnReason(string? reason)
    {
        var id = await SubmitAsync(AnApplication());
        using var coordinator = await CoordinatorAsync();
        Assert.That(await FieldErrorsAsync(await coordinator.PostJsonAsync($"/api/v1/applications/{id}/reject", new { reason }), "reason"), Is.Not.Empty);
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/applications/{id}"))["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }

    [Test]
    public async Task Approve_WhenTheApplicantWasImportedMeanwhile_Returns409()
    {
        var id = await SubmitAsync(AnApplication().WithEmail("twice@test.local"));
        await VolunteerBuilder.AVolunteer().WithEmail("twice@test.local").SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/applications/{id}/approve", null), HttpStatusCode.Conflict, "/volunteer-already-registered");
    }

    [Test]
    public async Task UnknownApplication_Returns404()
    {
        using var coordinator = await CoordinatorAsync();
        var unknown = Guid.NewGuid();
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/applications/{unknown}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await coordinator.PostAsync($"/api/v1/applications/{unknown}/approve", null), HttpStatusCode.NotFound);
        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/applications/{unknown}/reject", new { reason = "x" }), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_FiltersByStatus_PagesOldestFirst()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await SubmitAsync(AnApplication()));
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        using var coordinator = await CoordinatorAsync();
        await coordinator.PostAsync($"/api/v1/applications/{ids[1]}/approve", null);
        await coordinator.PostJsonAsync($"/api/v1/applications/{ids[3]}/reject", new { reason = "Duplicate person" });

        var submitted = await GetJsonAsync(coordinator, "/api/v1/applications?status=Submitted&page=1&pageSize=2");
        Assert.That(submitted["totalCount"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(submitted["page"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(submitted["pageSize"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(Ids(submitted), Is.EqualTo(new[] { ids[0], ids[2] }));
        Assert.That(Ids(await GetJsonAsync(coordinator, "/api/v1/applications?status=Submitted&page=2&pageSize=2")), Is.EqualTo(new[] { ids[4] }));
        Assert.That(Ids(await GetJsonAsync(coordinator, "/api/v1/applications?status=Approved")), Is.EqualTo(new[] { ids[1] }));
        Assert.That(Ids(await GetJsonAsync(coordinator, "/api/v1/applications?status=Rejected")), Is.EqualTo(new[] { ids[3] }));
        Assert.That(Ids(await GetJsonAsync(coordinator, "/api/v1/applications")), Is.EqualTo(ids));
    }

    [TestCase("?pageSize=101")]
    [TestCase("?page=0")]
    [TestCase("?status=Pending")]
    public async Task List_WithInvalidQuery_Returns400(string query)
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/applications{query}"), HttpStatusCode.BadRequest);
    }

    private static Guid[] Ids(System.Text.Json.Nodes.JsonNode page) =>
        [.. page["items"]!.AsArray().Select(item => Guid.Parse(item!["id"]!.GetValue<string>()))];
}
