using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Volunteers.Api.Security;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Security;

namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A test-only way to call the API as an account without signing in: <c>Authorization: TestAccount &lt;account id&gt;</c>
/// gives the request the very claims the account's access token would carry (<see cref="JwtAccessTokenIssuer.ClaimsOf"/>),
/// so authorization and the current user behave as with a real token. Tests about signing in use the real flow instead.
/// </summary>
/// <remarks>
/// It rides on the <c>Authorization</c> header on purpose: the output cache and the idempotency keys look at that header
/// and the subject, so a test request is treated like a bearer-token one everywhere.
/// </remarks>
public static class TestAuthentication
{
    public const string Scheme = "TestAccount";

    public static AuthenticationHeaderValue HeaderFor(Guid accountId) => new(Scheme, accountId.ToString());

    /// <summary>Adds the scheme and lets the API's default scheme hand it the requests that carry it.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(Scheme, null);
        services.PostConfigure<PolicySchemeOptions>(ApiKeyAuthentication.BearerOrApiKey, options =>
        {
            var real = options.ForwardDefaultSelector;
            options.ForwardDefaultSelector = context => IsTestRequest(context.Request) ? Scheme : real?.Invoke(context);
        });
    }

    /// <summary>The principal the JWT bearer handler builds from a token: its claims, "sub" as the name, "role" as the role.</summary>
    public static ClaimsPrincipal PrincipalOf(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, Scheme, JwtRegisteredClaimNames.Sub, HttpCurrentUser.RoleClaim));

    /// <summary>The sign-in a test request stands for; the scheme does not check sign-ins (the auth tests use real tokens).</summary>
    public static readonly Guid SignInId = new("7e57a17e-0000-4000-8000-000000000001");

    private static bool IsTestRequest(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Scheme + " ", StringComparison.Ordinal);

    private sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!IsTestRequest(Request))
            {
                return AuthenticateResult.NoResult();
            }

            if (!Guid.TryParse(Request.Headers.Authorization.ToString()[(TestAuthentication.Scheme.Length + 1)..], out var accountId))
            {
                return AuthenticateResult.Fail("The test account header holds no account id.");
            }

            var db = Context.RequestServices.GetRequiredService<ApplicationDbContext>();
            var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, Context.RequestAborted);
            return account is null
                ? AuthenticateResult.Fail($"No account {accountId}.")
                : AuthenticateResult.Success(new AuthenticationTicket(PrincipalOf(JwtAccessTokenIssuer.ClaimsOf(account, SignInId)), TestAuthentication.Scheme));
        }
    }
}
