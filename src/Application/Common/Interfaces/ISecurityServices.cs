using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Common.Interfaces;

public interface IPasswordHasher
{
    string Hash(UserAccount account, string password);

    bool Verify(UserAccount account, string password);
}

/// <summary>A list of passwords that attackers try first; none of them may be chosen (case ignored).</summary>
public interface ICommonPasswords
{
    bool Contains(string password);
}

/// <summary>Random secrets (refresh tokens, invitations, API keys) and their one-way hashes for storage.</summary>
public interface ISecretGenerator
{
    string NewSecret();

    string Hash(string secret);
}

public sealed record AccessToken(string Token, int ExpiresInSeconds);

public interface IAccessTokenIssuer
{
    /// <summary>An access token for <paramref name="account"/> in the sign-in <paramref name="sessionId"/> (its refresh-token family).</summary>
    AccessToken Issue(UserAccount account, Guid sessionId);

    TimeSpan RefreshTokenLifetime { get; }
}
