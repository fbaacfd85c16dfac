using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>An invitation is one password set, not a standing password reset.</summary>
public sealed class InvitationHardeningTests(TestDatabase database) : RegistryApiTest(database)
{
    private const string NewPassword = "Quiet-Harbour-2026";

    [Test]
    public async Task ANewInvitation_RevokesTheOlderOne()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        var older = await InviteAsync(coordinator, volunteer.Id);
        var newer = await InviteAsync(coordinator, volunteer.Id);

        await AssertProblemAsync(await AcceptAsync(older), HttpStatusCode.Conflict, "/invitation-revoked");
        Assert.That((await AcceptAsync(newer)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task AcceptingAnInvitation_EndsTheAccountsRefreshTokens_AndTheirAccessTokensWithinAMinute()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        await AddAccountAsync(Factory, volunteer.Id);
        var email = volunteer.Email!;
        var login = await (await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password = Password })).ReadJsonAsync();
        using var signedIn = ClientWithToken(login["accessToken"]!.GetValue<string>());
        using var coordinator = await CoordinatorAsync();
        var token = await InviteAsync(coordinator, volunteer.Id);

        Assert.That((await AcceptAsync(token)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() }), HttpStatusCode.Unauthorized);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await AssertProblemAsync(await signedIn.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        Assert.That((await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TwentyParallelRedemptions_OfOneInvitation_GiveOne204()
    {
        var volunteer = await AVolunteer().SaveAsync(Factory);
        using var coordinator = await CoordinatorAsync();
        var token = await InviteAsync(coordinator, volunteer.Id);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Factory.CreateClient().PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = $"{NewPassword}-{i}" })));

        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.NoContent), Is.EqualTo(1), string.Join(", ", answers.Select(a => a.StatusCode)));
        Assert.That(answers.Where(a => a.StatusCode != HttpStatusCode.NoContent).Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.Conflict));
    }

    private static async Task<string> InviteAsync(HttpClient staff, Guid volunteerId)
    {
        var response = await staff.PostAsync($"/api/v1/volunteers/{volunteerId}/invitation", null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["token"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> AcceptAsync(string token) =>
        Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token, password = NewPassword });
}
