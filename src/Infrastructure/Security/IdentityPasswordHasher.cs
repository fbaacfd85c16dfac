using Microsoft.AspNetCore.Identity;
using Volunteers.Domain.Accounts;
using IPasswordHasher = Volunteers.Application.Common.Interfaces.IPasswordHasher;

namespace Volunteers.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher, which also upgrades old hashes transparently.</summary>
internal sealed class IdentityPasswordHasher : IPasswordHasher
{
    private readonly PasswordHasher<UserAccount> _hasher = new();

    public string Hash(UserAccount account, string password) => _hasher.HashPassword(account, password);

    public bool Verify(UserAccount account, string password) =>
        account.PasswordHash is { } hash
        && _hasher.VerifyHashedPassword(account, hash, password) != PasswordVerificationResult.Failed;
}
