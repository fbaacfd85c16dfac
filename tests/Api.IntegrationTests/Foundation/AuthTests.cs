using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class AuthTests(TestDatabase database) : ApiTest(database)
{
    private const string Admin = VolunteersApiFactory.AdminEmail;
    private const string Password = VolunteersApiFactory.AdminPassword;

    [Test]
    public async Task Login_WithRightPassword_ReturnsTokensThatOpenMe()
    {
        var response = await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = "ADMIN@test.local", password = Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var tokens = await response.ReadJsonAsync();
        Assert.That(tokens["refreshToken"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(tokens["expiresIn"]!.GetValue<int>(), Is.EqualTo(900));

        using var client = ClientWithToken(tokens["accessToken"]!.GetValue<string>());
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        Assert.That(me["email"]!.GetValue<string>(), Is.EqualTo(Admin));
        Assert.That(me["roles"]![0]!.GetValue<string>(), Is.EqualTo("Admin"));
        Assert.That(me["volunteerId"], Is.Null);
    }

    [Test]
    public async Task Login_WithWrongPasswordOrUnknownEmail_Returns401()
    {
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = "wrong-1" }), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = "nobody@test.local", password = "wrong-1" }), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task FiveFailedLogins_LockTheAccountForFifteenMinutes()
    {
        for (var i = 0; i < 5; i++)
        {
            await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = "wrong-1" }), HttpStatusCode.Unauthorized);
        }

        var locked = await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = Password });
        await AssertProblemAsync(locked, HttpStatusCode.Unauthorized);
        Assert.That((await locked.ReadJsonAsync())["detail"]!.GetValue<string>(), Does.Not.Contain("locked"), "the same answer as a wrong password");

        Clock.Advance(TimeSpan.FromMinutes(14));
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = Password }), HttpStatusCode.Unauthorized);
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = Password })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Refresh_RotatesTheRefreshToken()
    {
        var first = await (await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = Password })).ReadJsonAsync();
        var refreshToken = first["refreshToken"]!.GetValue<string>();

        var refreshed = await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.That(refreshed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var second = await refreshed.ReadJsonAsync();
        Assert.That(second["refreshToken"]!.GetValue<string>(), Is.Not.EqualTo(refreshToken));
        Assert.That(second["accessToken"]!.GetValue<string>(), Is.Not.Empty);

        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken }), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = "made-up" }), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task DeactivatedAccount_CanNeitherLoginNorRefresh()
    {
        var coordinator = await StaffAsync("Coordinator");
        var login = await (await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = coordinator.Email, password = StaffPassword })).ReadJsonAsync();

        using var admin = await AdminAsync();
        Assert.That((await admin.PostAsync($"/api/v1/staff-accounts/{coordinator.AccountId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = coordinator.Email, password = StaffPassword }), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() }), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Invitation_IsSingleUse()
    {
        using var admin = await AdminAsync();
        var created = await (await admin.PostJsonAsync("/api/v1/staff-accounts", new { email = "trainer@test.local", fullName = "Айгүл Серікқызы", role = "Trainer" })).ReadJsonAsync();
        var token = created["invitation"]!["token"]!.GetValue<string>();

        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = "Secret-123456" })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = "Other-1234567" }), HttpStatusCode.Conflict, "/invitation-already-used");
        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = "trainer@test.local", password = "Secret-123456" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Invitation_ExpiresAfterSevenDays()
    {
        using var admin = await AdminAsync();
        var created = await (await admin.PostJsonAsync("/api/v1/staff-accounts", new { email = "late@test.local", fullName = "Late", role = "Coordinator" })).ReadJsonAsync();
        Clock.Advance(TimeSpan.FromDays(7));
        var response = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = created["invitation"]!["token"]!.GetValue<string>(), password = "Secret-123456" });
        await AssertProblemAsync(response, HttpStatusCode.Conflict, "/invitation-expired");
    }

    [Test]
    public async Task AcceptInvitation_WithWeakPasswordOrUnknownToken_IsRefused()
    {
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = "x", password = "short" }), HttpStatusCode.BadRequest, "/validation");
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = "unknown", password = "Secret-123456" }), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Me_WithoutToken_Returns401()
    {
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        using var forged = ClientWithToken("not-a-jwt");
        await AssertProblemAsync(await forged.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }
}
