namespace Volunteers.Infrastructure.Security;

/// <summary>Configuration section <c>Jwt</c>.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    /// <summary>Used only in Development when no key is configured; never valid elsewhere.</summary>
    public const string DevelopmentSigningKey = "development-only-signing-key-change-me-0123456789abcdef";

    public string Issuer { get; set; } = "volunteers-api";
    public string Audience { get; set; } = "volunteers-clients";
    public string? SigningKey { get; set; }
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 30;
}
