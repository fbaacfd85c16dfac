using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Security;

namespace Volunteers.Api.IntegrationTests.Foundation;

/// <summary>
/// Most tests act as an account through <see cref="TestAuthentication"/> instead of signing in; that is only sound while
/// the test scheme gives the request what a real access token gives it. This holds it to that.
/// </summary>
public sealed class TestAuthenticationTests(TestDatabase database) : ApiTest(database)
{
    /// <summary>What the token says about itself rather than about the caller.</summary>
    private static readonly string[] TokenOwnClaims =
        [JwtRegisteredClaimNames.Iss, JwtRegisteredClaimNames.Aud, JwtRegisteredClaimNames.Exp, JwtRegisteredClaimNames.Nbf, JwtRegisteredClaimNames.Iat,
         JwtAccessTokenIssuer.SessionIdClaim];

    [Test]
    public async Task TheTestScheme_GivesAVolunteerTheClaimsOfTheirRealAccessToken() =>
        await AssertSameCallerAsync(await VolunteerBuilder.AddAccountAsync(Factory, await VolunteerBuilder.AVolunteer().SaveIdAsync(Factory)), VolunteerBuilder.Password);

    [Test]
    public async Task TheTestScheme_GivesStaffTheClaimsOfTheirRealAccessToken()
    {
        await AssertSameCallerAsync((await StaffAsync("Trainer")).AccountId, StaffPassword);
        await AssertSameCallerAsync((await StaffAsync("Coordinator")).AccountId, StaffPassword);
    }

    [Test]
    public async Task ThroughHttp_TheTestSchemeAndARealSignIn_SeeTheSameMe()
    {
        var staff = await StaffAsync("Coordinator");
        using var signedIn = ClientWithToken(await LoginAsync(staff.Email, StaffPassword));
        var real = await GetJsonAsync(signedIn, "/api/v1/me");
        Assert.That((await GetJsonAsync(staff.Client, "/api/v1/me")).ToJsonString(), Is.EqualTo(real.ToJsonString()));
        Assert.That((await Anonymous.GetAsync("/api/v1/me")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Unauthorized), "no header, no caller");
    }

    /// <summary>Authenticates a request both ways (a real sign-in's token, the test scheme) through the app's default scheme and compares the callers.</summary>
    private async Task AssertSameCallerAsync(Guid accountId, string password)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserAccounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        var token = await LoginAsync(account.Email, password);

        var real = await AuthenticateAsync($"Bearer {token}");
        var test = await AuthenticateAsync(TestAuthentication.HeaderFor(accountId).ToString());

        var realIdentity = (ClaimsIdentity)real.Identity!;
        var testIdentity = (ClaimsIdentity)test.Identity!;
        Assert.Multiple(() =>
        {
            Assert.That(Claims(test).Where(c => !TokenOwnClaims.Contains(c.Type)), Is.EquivalentTo(Claims(real).Where(c => !TokenOwnClaims.Contains(c.Type))));
            Assert.That(Claims(test), Has.Some.Matches<(string Type, string Value)>(c => c.Type == "role" && c.Value == account.Role.ToString()));
            Assert.That(testIdentity.IsAuthenticated, Is.True);
            Assert.That(testIdentity.NameClaimType, Is.EqualTo(realIdentity.NameClaimType));
            Assert.That(testIdentity.RoleClaimType, Is.EqualTo(realIdentity.RoleClaimType));
            Assert.That(test.Identity!.Name, Is.EqualTo(real.Identity!.Name));
            Assert.That(test.IsInRole(account.Role.ToString()), Is.EqualTo(real.IsInRole(account.Role.ToString())).And.True);
        });
    }

    /// <summary>As for a request: its own scope (handlers and their results live per request), the app's default scheme.</summary>
    private async Task<ClaimsPrincipal> AuthenticateAsync(string authorization)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = authorization;
        var result = await context.AuthenticateAsync();
        Assert.That(result.Succeeded, Is.True, result.Failure?.Message);
        return result.Principal!;
    }

    private static List<(string Type, string Value)> Claims(ClaimsPrincipal principal) => [.. principal.Claims.Select(c => (c.Type, c.Value))];
}
