using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Volunteers.Application.Common.Email;

namespace Volunteers.Infrastructure.Email;

internal static class MimeMessages
{
    public static MimeMessage From(EmailMessage message, MailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}

/// <summary>Sends through an SMTP server with MailKit.</summary>
internal sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port,
            settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, cancellationToken);
        if (settings.Smtp.UserName is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(MimeMessages.From(message, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>Writes each message as an .eml file into a folder: the development sink, readable by any mail client.</summary>
internal sealed class FolderEmailSender(IOptions<MailOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.PickupDirectory);
        var path = Path.Combine(settings.PickupDirectory, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await using var file = File.Create(path);
        await MimeMessages.From(message, settings).WriteToAsync(file, cancellationToken);
    }
}
