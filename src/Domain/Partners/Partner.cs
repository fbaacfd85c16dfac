using Volunteers.Domain.Common;

namespace Volunteers.Domain.Partners;

/// <summary>
/// A partner system (the city portal, social services, a polyclinic) that calls the API with its own key. The key
/// is shown once when the partner is registered and stored only as a hash; revoking it takes effect at once.
/// </summary>
public sealed class Partner : Entity<Guid>
{
    /// <summary>How much of the key is kept in clear, so admins can tell keys apart.</summary>
    public const int KeyPrefixLength = 10;

    private Partner()
    {
    }

    public string Name { get; private set; } = null!;
    public IReadOnlyList<string> Scopes { get; private set; } = [];
    public string ApiKeyHash { get; private set; } = null!;
    public string KeyPrefix { get; private set; } = null!;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <param name="apiKey">The new key in clear; only its prefix is kept.</param>
    /// <param name="apiKeyHash">The one-way hash of the key, by which a request's key is looked up.</param>
    public static Partner Register(string name, IEnumerable<string> scopes, string apiKey, string apiKeyHash, DateTimeOffset now)
    {
        var granted = scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (granted.Count == 0)
        {
            throw new DomainRuleViolationException("partner-scope-required", "A partner needs at least one scope.");
        }

        if (granted.FirstOrDefault(s => !PartnerScopes.IsKnown(s)) is { } unknown)
        {
            throw new DomainRuleViolationException("partner-scope-unknown", $"'{unknown}' is not a known scope.");
        }

        return new Partner
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            Scopes = granted,
            ApiKeyHash = apiKeyHash,
            KeyPrefix = apiKey[..Math.Min(KeyPrefixLength, apiKey.Length)],
            CreatedAt = now,
        };
    }

    public bool HasScope(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);

    /// <summary>The key stops working; the partner's webhook subscriptions are removed by the use case.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainRuleViolationException("partner-already-revoked", "The partner's key is already revoked.");
        }

        RevokedAt = now;
    }
}
