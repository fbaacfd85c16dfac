using Volunteers.Domain.Common;

namespace Volunteers.Domain.Accounts;

/// <summary>A single-use, expiring invitation to set a password. Only the token's hash is stored.</summary>
public sealed class Invitation : Entity<Guid>
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Guid UserAccountId { get; private set; }
    public string TokenHash { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Set when a newer invitation to the same account replaced this one.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    public static Invitation Issue(Guid userAccountId, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserAccountId = userAccountId,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    /// <summary>Marks the invitation used; a used, replaced or expired one cannot be redeemed.</summary>
    public void Redeem(DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            throw AlreadyUsed();
        }

        if (RevokedAt is not null)
        {
            throw new DomainRuleViolationException("invitation-revoked", "A newer invitation has replaced this one.");
        }

        if (ExpiresAt <= now)
        {
            throw new DomainRuleViolationException("invitation-expired", "The invitation has expired.");
        }

        UsedAt = now;
    }

    /// <summary>The invitation was used, also when another redemption of it won a race.</summary>
    public static DomainRuleViolationException AlreadyUsed() =>
        new("invitation-already-used", "The invitation has already been used.");
}
