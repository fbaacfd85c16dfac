using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteers.Api.Problems;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Api.Security;

/// <summary>
/// Partner systems authenticate with <c>X-Api-Key</c>. The default scheme <see cref="BearerOrApiKey"/> forwards to
/// this scheme when the header is present and to JWT bearer otherwise, so every endpoint accepts either; the
/// endpoint's policy decides whether a partner may call it (<see cref="Policies.StaffOrScope"/>, <see cref="Policies.Scope"/>).
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string BearerOrApiKey = "BearerOrApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Partners are identified as <c>partner:&lt;id&gt;</c>, so they never share idempotency keys or rate limits with accounts.</summary>
    public const string SubjectPrefix = "partner:";

    public static ClaimsPrincipal PrincipalFor(Guid partnerId, string name, IEnumerable<string> scopes)
    {
        List<Claim> claims =
        [
            new(HttpCurrentUser.SubjectClaim, SubjectPrefix + partnerId),
            new(HttpCurrentUser.PartnerIdClaim, partnerId.ToString()),
            new(HttpCurrentUser.NameClaim, name),
        ];
        claims.AddRange(scopes.Select(scope => new Claim(HttpCurrentUser.ScopeClaim, scope)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, HttpCurrentUser.SubjectClaim, HttpCurrentUser.RoleClaim));
    }

    /// <summary>A request that presents a key the API does not accept is a 401, on public routes too: a caller should learn that its key stopped working.</summary>
    public static IApplicationBuilder UseApiKeyRejection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Headers.ContainsKey(HeaderName) && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync(Scheme);
            return;
        }

        await next(context);
    });
}

/// <summary>Looks the key up by its hash among the partners that are not revoked; nothing is cached, so a revocation counts at once.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISecretGenerator secrets,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const int MaxKeyLength = 200;
    private const string InvalidKey = "The API key is not valid, or it was revoked.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyAuthentication.HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString().Trim();
        if (key.Length is 0 or > MaxKeyLength)
        {
            return AuthenticateResult.Fail(InvalidKey);
        }

        var hash = secrets.Hash(key);
        var db = Context.RequestServices.GetRequiredService<IApplicationDbContext>();
        var partner = await db.Partners.AsNoTracking()
            .Where(p => p.ApiKeyHash == hash && p.RevokedAt == null)
            .Select(p => new { p.Id, p.Name, p.Scopes })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (partner is null)
        {
            return AuthenticateResult.Fail(InvalidKey);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyAuthentication.PrincipalFor(partner.Id, partner.Name, partner.Scopes), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyAuthentication.Scheme} header=\"{ApiKeyAuthentication.HeaderName}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Type = ProblemTypes.Unauthorized,
                Title = "Unauthorized",
                Detail = Request.Headers.ContainsKey(ApiKeyAuthentication.HeaderName) ? InvalidKey : $"Send an API key in {ApiKeyAuthentication.HeaderName}.",
            },
        });
    }
}
