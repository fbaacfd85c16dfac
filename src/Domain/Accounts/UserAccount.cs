using Volunteers.Domain.Common;

namespace Volunteers.Domain.Accounts;

/// <summary>Someone who signs in: a staff member or a volunteer. Guards its own lock-out and activation rules.</summary>
public sealed class UserAccount : Entity<Guid>
{
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

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public void SetPasswordHash(string passwordHash) => PasswordHash = passwordHash;

    /// <summary>Counts a failed sign-in; the fifth in a row locks the account for fifteen minutes.</summary>
    public void RecordFailedLogin(DateTimeOffset now)
    {
        FailedLoginCount++;
        if (FailedLoginCount >= MaxFailedLogins)
        {
            LockedUntil = now + LockoutDuration;
            FailedLoginCount = 0;
        }
    }

    public void RecordSuccessfulLogin()
    {
        FailedLoginCount = 0;
        LockedUntil = null;
    }

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
