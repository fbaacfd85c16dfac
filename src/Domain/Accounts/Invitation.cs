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

    public static Invitation Issue(Guid userAccountId, string tokenHash, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserAccountId = userAccountId,
        TokenHash = tokenHash,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    /// <summary>Marks the invitation used; a used or expired one cannot be redeemed again.</summary>
    public void Redeem(DateTimeOffset now)
    {
        if (UsedAt is not null)
        {
            throw new DomainRuleViolationException("invitation-already-used", "The invitation has already been used.");
        }

        if (ExpiresAt <= now)
        {
            throw new DomainRuleViolationException("invitation-expired", "The invitation has expired.");
        }

        UsedAt = now;
    }
}
