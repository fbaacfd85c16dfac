using Volunteers.Domain.Common;

namespace Volunteers.Domain.Accounts;

/// <summary>Someone who signs in: a staff member or a volunteer. Guards its own lock-out and activation rules.</summary>
public sealed class UserAccount : Entity<Guid>
{
    /// <summary>The fifth failed sign-in in a row locks the account for <see cref="LockoutDuration"/> (counted atomically in the database).</summary>
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private UserAccount()
    {
    }

    public string Email { get; private set; } = null!;
    public string FullName { get; private set; } = null!;
    public Role Role { get; private set; }
    public string? PasswordHash { get; private set; }
    public bool IsActive { get; private set; }
    public int FailedLoginCount { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public Guid? VolunteerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static UserAccount Create(string email, string fullName, Role role, DateTimeOffset now, Guid? volunteerId = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        Email = NormalizeEmail(email),
        FullName = fullName.Trim(),
        Role = role,
        IsActive = true,
        VolunteerId = volunteerId,
        CreatedAt = now,
    };

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public bool HasPassword => PasswordHash is not null;

    public void SetPasswordHash(string passwordHash) => PasswordHash = passwordHash;

    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainRuleViolationException("account-already-deactivated", "The account is already deactivated.");
        }

        IsActive = false;
    }

    public void ChangeEmail(string email) => Email = NormalizeEmail(email);

    public void ChangeFullName(string fullName) => FullName = fullName.Trim();
}
