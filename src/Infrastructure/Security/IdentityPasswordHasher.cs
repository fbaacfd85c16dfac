using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Volunteers.Domain.Accounts;
using IPasswordHasher = Volunteers.Application.Common.Interfaces.IPasswordHasher;

namespace Volunteers.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher, which also upgrades old hashes transparently.</summary>
internal sealed class IdentityPasswordHasher(IOptions<PasswordHashingOptions> options) : IPasswordHasher
{
    private readonly PasswordHasher<UserAccount> _hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = options.Value.PasswordHashIterations,
    }));

    public string Hash(UserAccount account, string password) => _hasher.HashPassword(account, password);

    public bool Verify(UserAccount account, string password) =>
        account.PasswordHash is { } hash
        && _hasher.VerifyHashedPassword(account, hash, password) != PasswordVerificationResult.Failed;
}
