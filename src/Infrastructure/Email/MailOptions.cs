namespace Volunteers.Infrastructure.Email;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string From { get; set; } = "Volunteers HQ <no-reply@volunteers.local>";

    /// <summary>Where the folder sink writes .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool UseStartTls { get; set; } = true;
}
