using Microsoft.EntityFrameworkCore;
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

/// <summary>Ending sign-ins: their refresh tokens stop at once, their access tokens within a minute (see the session check).</summary>
public static class RefreshTokenRevocation
{
    public static Task<int> RevokeFamilyAsync(this IApplicationDbContext db, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public static Task<int> RevokeAllOfAccountAsync(this IApplicationDbContext db, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.UserAccountId == accountId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
}
