using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class StaffAccountTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task Admin_CreatesStaffAccount_WithInvitation()
    {
        using var admin = await AdminAsync();
        Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await admin.PostJsonAsync("/api/v1/staff-accounts", new { email = "coord@test.local", fullName = "Ерлан Қасымов", role = "Coordinator" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.Location, Is.Not.Null);
        var body = await response.ReadJsonAsync();
        Assert.That(body["invitation"]!["token"]!.GetValue<string>(), Has.Length.GreaterThan(30));
        Assert.That(body["invitation"]!["expiresAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(Clock.GetUtcNow().AddDays(7)));

        var fetched = await admin.GetAsync(response.Headers.Location);
        Assert.That(fetched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await fetched.ReadJsonAsync())["role"]!.GetValue<string>(), Is.EqualTo("Coordinator"));
        await AssertProblemAsync(await admin.GetAsync($"/api/v1/staff-accounts/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        var list = await (await admin.GetAsync("/api/v1/staff-accounts")).ReadJsonAsync();
        Assert.That(list["totalCount"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(list["items"]![0]!["email"]!.GetValue<string>(), Is.EqualTo("coord@test.local"));
        Assert.That(list["items"]![0]!["hasPassword"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task CreateStaffAccount_WithTakenEmail_Returns409()
    {
        using var admin = await AdminAsync();
        await admin.PostJsonAsync("/api/v1/staff-accounts", new { email = "twice@test.local", fullName = "A", role = "Trainer" });
        var again = await admin.PostJsonAsync("/api/v1/staff-accounts", new { email = "TWICE@test.local", fullName = "B", role = "Trainer" });
        await AssertProblemAsync(again, HttpStatusCode.Conflict, "/account-email-taken");
    }

    [TestCase("Volunteer")]
    [TestCase("Janitor")]
    public async Task CreateStaffAccount_WithNonStaffRole_Returns400(string role)
    {
        using var admin = await AdminAsync();
        var response = await admin.PostJsonAsync("/api/v1/staff-accounts", new { email = "x@test.local", fullName = "X", role });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task StaffRoutes_NeedTheAdminRole()
    {
        using var trainer = await TrainerAsync();
        await AssertProblemAsync(await trainer.PostJsonAsync("/api/v1/staff-accounts", new { email = "x@test.local", fullName = "X", role = "Admin" }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/staff-accounts", new { email = "x@test.local", fullName = "X", role = "Admin" }), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await trainer.PostAsync($"/api/v1/staff-accounts/{Guid.NewGuid()}/deactivate", null), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Deactivate_UnknownAccount_Returns404_AndTwice_Returns409()
    {
        using var admin = await AdminAsync();
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/staff-accounts/{Guid.NewGuid()}/deactivate", null), HttpStatusCode.NotFound);
        var trainer = await StaffAsync("Trainer");
        Assert.That((await admin.PostAsync($"/api/v1/staff-accounts/{trainer.AccountId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await AssertProblemAsync(await admin.PostAsync($"/api/v1/staff-accounts/{trainer.AccountId}/deactivate", null), HttpStatusCode.Conflict, "/account-already-deactivated");
    }
}
