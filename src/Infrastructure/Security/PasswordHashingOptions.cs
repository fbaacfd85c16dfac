namespace Volunteers.Infrastructure.Security;

/// <summary>Configuration section <c>Security</c>: how costly a password hash is.</summary>
public sealed class PasswordHashingOptions
{
    public const string SectionName = "Security";

    /// <summary>ASP.NET Core Identity's own PBKDF2 (HMAC-SHA512) iteration count, the production setting.</summary>
    public const int DefaultIterations = 100_000;

    /// <summary>Above this a sign-in costs seconds of CPU, which turns the login route into a denial-of-service lever.</summary>
    public const int MaxIterations = 10_000_000;

    /// <summary>
    /// PBKDF2 iterations for new hashes. Lower it only where the passwords are worthless (the integration tests sign in
    /// hundreds of times); existing hashes keep the count they were made with and still verify.
    /// </summary>
    public int PasswordHashIterations { get; set; } = DefaultIterations;

    public bool IsValid => PasswordHashIterations is >= 1 and <= MaxIterations;

    public static readonly string InvalidMessage =
        $"{SectionName}:{nameof(PasswordHashIterations)} must be a whole number from 1 to {MaxIterations:N0} (default {DefaultIterations:N0}).";
}
