using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Auth;

/// <summary>Issues an access token and a new refresh token (stored hashed) for an account that just proved itself.</summary>
public sealed class TokenPairIssuer(IApplicationDbContext db, IAccessTokenIssuer accessTokens, ISecretGenerator secrets, TimeProvider clock)
{
    public TokenResponse Issue(UserAccount account)
    {
        var access = accessTokens.Issue(account);
        var refresh = secrets.NewSecret();
        db.RefreshTokens.Add(RefreshToken.Issue(account.Id, secrets.Hash(refresh), clock.GetUtcNow(), accessTokens.RefreshTokenLifetime));
        return new TokenResponse(access.Token, refresh, access.ExpiresInSeconds);
    }
}
