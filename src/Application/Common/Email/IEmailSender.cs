namespace Volunteers.Application.Common.Email;

/// <summary>A plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>
/// The mail channel: SMTP through MailKit when <c>Mail:Smtp:Host</c> is configured, otherwise a folder sink
/// (<c>Mail:PickupDirectory</c>) that writes each message as an .eml file — what Development uses.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
