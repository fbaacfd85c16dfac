using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Infrastructure.Security;

/// <summary>Short-lived HMAC-signed JWTs, validated by the standard JWT bearer handler.</summary>
public sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    public const string VolunteerIdClaim = "volunteer_id";

    /// <summary>The sign-in (refresh-token family) the token belongs to; <see cref="AccessTokenSessions"/> checks it is still live.</summary>
    public const string SessionIdClaim = "sid";

    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan RefreshTokenLifetime => TimeSpan.FromDays(options.Value.RefreshTokenDays);

    public AccessToken Issue(UserAccount account, Guid sessionId)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(settings.AccessTokenMinutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(ClaimsOf(account, sessionId)),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(SigningKey(settings), SecurityAlgorithms.HmacSha256),
        });
        return new AccessToken(token, (int)lifetime.TotalSeconds);
    }

    /// <summary>Who the token speaks for, and in which sign-in: the claims the API reads back as the current user.</summary>
    public static IReadOnlyList<Claim> ClaimsOf(UserAccount account, Guid sessionId)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, account.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, account.Email),
            new("role", account.Role.ToString()),
            new(SessionIdClaim, sessionId.ToString()),
        };
        if (account.VolunteerId is { } volunteerId)
        {
            claims.Add(new Claim(VolunteerIdClaim, volunteerId.ToString()));
        }

        return claims;
    }

    public static SymmetricSecurityKey SigningKey(JwtOptions settings) =>
        new(Encoding.UTF8.GetBytes(settings.SigningKey ?? JwtOptions.DevelopmentSigningKey));
}
