using Volunteers.Domain.Common;

namespace Volunteers.Domain.Accounts;

/// <summary>
/// A rotating refresh token, stored only as a hash. Using it once revokes it and issues its successor in the same
/// family (one family per sign-in); presenting a revoked one again revokes the whole family.
/// </summary>
public sealed class RefreshToken : Entity<Guid>
{
    private RefreshToken()
    {
    }

    public Guid UserAccountId { get; private set; }

    /// <summary>The sign-in this token descends from; access tokens carry it as their session id (<c>sid</c>).</summary>
    public Guid FamilyId { get; private set; }
    public string TokenHash { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static RefreshToken Issue(Guid userAccountId, Guid familyId, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserAccountId = userAccountId,
        FamilyId = familyId,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
