namespace Volunteers.Infrastructure.Email;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public string From { get; set; } = "Volunteers HQ <no-reply@volunteers.local>";

    /// <summary>Where the folder sink writes .eml files when no SMTP host is configured.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Run the mail outbox sender in this instance (several instances may all run it; each mail goes once).</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>How often the sender looks for due mails: a reminder goes at most this long after its time.</summary>
    public int SendIntervalSeconds { get; set; } = 10;

    /// <summary>Mails one batch claims.</summary>
    public int BatchSize { get; set; } = 100;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool UseStartTls { get; set; } = true;
}
