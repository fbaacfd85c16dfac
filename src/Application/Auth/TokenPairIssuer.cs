using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Auth;

/// <summary>Issues an access token and a new refresh token (stored hashed) for an account that just proved itself.</summary>
public sealed class TokenPairIssuer(IApplicationDbContext db, IAccessTokenIssuer accessTokens, ISecretGenerator secrets, TimeProvider clock)
{
    /// <summary>A sign-in: a new token family.</summary>
    public TokenResponse StartFamily(UserAccount account) => Issue(account, Guid.CreateVersion7(clock.GetUtcNow()));

    /// <summary>A refresh: the successor in the same family, whose access token carries the family as its session.</summary>
    public TokenResponse Issue(UserAccount account, Guid familyId)
    {
        var access = accessTokens.Issue(account, familyId);
        var refresh = secrets.NewSecret();
        db.RefreshTokens.Add(RefreshToken.Issue(account.Id, familyId, secrets.Hash(refresh), clock.GetUtcNow(), accessTokens.RefreshTokenLifetime));
        return new TokenResponse(access.Token, refresh, access.ExpiresInSeconds);
    }
}
