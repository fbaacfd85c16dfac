using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>Refresh-token families, and access tokens that end with their sign-in or their account.</summary>
public sealed class TokenFamilyTests(TestDatabase database) : ApiTest(database)
{
    private const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    [Test]
    public async Task ReplayingARotatedRefreshToken_RevokesItsWholeFamily_AndItsAccessTokensWithinAMinute()
    {
        var login = await LoginPairAsync();
        var second = await RefreshAsync(login.Refresh);
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
        var third = await RefreshAsync(second.Refresh!);
        Assert.That(third.Status, Is.EqualTo(HttpStatusCode.OK));
        using var current = ClientWithToken(third.Access!);
        Assert.That((await current.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var otherLogin = await LoginPairAsync();

        var replay = await RefreshAsync(login.Refresh);

        Assert.That(replay.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await RefreshAsync(third.Refresh!)).Status, Is.EqualTo(HttpStatusCode.Unauthorized), "the newest descendant is revoked too");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await AssertProblemAsync(await current.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        Assert.That((await RefreshAsync(otherLogin.Refresh)).Status, Is.EqualTo(HttpStatusCode.OK), "another sign-in is another family");
    }

    [Test]
    public async Task TwentySimultaneousRefreshes_OfOneToken_GiveOne200()
    {
        var login = await LoginPairAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => RefreshAsync(login.Refresh)));

        Assert.That(results.Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1), string.Join(", ", results.Select(r => r.Status)));
        var winner = results.Single(r => r.Status == HttpStatusCode.OK);
        Assert.That((await RefreshAsync(winner.Refresh!)).Status, Is.EqualTo(HttpStatusCode.Unauthorized), "the race was a reuse: no live chain is left");
    }

    [Test]
    public async Task DeactivatedAccount_ItsAccessTokenStopsWithinAMinute()
    {
        var coordinator = await StaffAsync("Coordinator");
        Assert.That((await coordinator.Client.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var admin = await AdminAsync();

        Assert.That((await admin.PostAsync($"/api/v1/staff-accounts/{coordinator.AccountId}/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Clock.Advance(TimeSpan.FromMinutes(1));

        await AssertProblemAsync(await coordinator.Client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        coordinator.Client.Dispose();
    }

    [Test]
    public async Task AnAccessTokenWithoutExp_IsRefused_EvenWhenSignedWithTheRightKey()
    {
        var login = await LoginPairAsync();
        var claims = new JsonWebTokenHandler().ReadJsonWebToken(login.Access).Claims
            .Where(c => c.Type is not ("exp" or "nbf" or "iat" or "iss" or "aud"));
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var forever = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "volunteers-api",
            Audience = "volunteers-clients",
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
        Assert.That(new JsonWebTokenHandler().ReadJsonWebToken(forever).TryGetPayloadValue<long>("exp", out _), Is.False);
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forever);

        await AssertProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        using var valid = ClientWithToken(login.Access);
        Assert.That((await valid.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same claims with exp are accepted");
    }

    private async Task<(string Access, string Refresh)> LoginPairAsync()
    {
        var response = await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = VolunteersApiFactory.AdminEmail, password = VolunteersApiFactory.AdminPassword });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        return (body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }

    private async Task<(HttpStatusCode Status, string? Access, string? Refresh)> RefreshAsync(string refreshToken)
    {
        using var client = Factory.CreateClient();
        var response = await client.PostJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, null, null);
        }

        var body = await response.ReadJsonAsync();
        return (response.StatusCode, body["accessToken"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }
}
