using Volunteers.Application.Common.Email;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Mail;

/// <summary>The volunteer a mail goes to, as the sender reads them when the mail falls due.</summary>
public sealed record MailRecipient(Guid VolunteerId, string? Email, string FirstName, string Language, bool NonEmergencyMessages, bool ShiftReminders);

/// <summary>A claimed mail with its recipient, handed to its template.</summary>
public sealed record DueMail(OutboxMail Mail, MailRecipient To);

/// <summary>What a template decided for one mail: the message to send, or why it is no longer wanted.</summary>
public sealed record MailDecision(EmailMessage? Message, string? SkipReason)
{
    public static MailDecision Send(EmailMessage message) => new(message, null);

    public static MailDecision Skip(string reason) => new(null, reason);
}

/// <summary>
/// Composes the mails of some <see cref="MailKind"/>s when they fall due, in the recipient's message language. A new
/// kind of mail is a template and a row (<see cref="OutboxMail"/>): the one sender (<see cref="MailOutboxSender"/>)
/// leases, sends, retries and records it.
/// </summary>
public interface IMailTemplate
{
    bool Composes(MailKind kind);

    /// <summary>A decision for each of <paramref name="mails"/> (all of kinds this template composes), by mail id.</summary>
    Task<IReadOnlyDictionary<Guid, MailDecision>> ComposeAsync(IReadOnlyList<DueMail> mails, CancellationToken cancellationToken);
}

/// <summary>
/// Claims of the mail sender, so that several API instances never send the same mail: a claim is one conditional
/// UPDATE that the database evaluates atomically.
/// </summary>
public interface IMailLeases
{
    /// <summary>
    /// Leases those of <paramref name="mailIds"/> that are still due at <paramref name="now"/> (see
    /// <see cref="OutboxMail.DueAt"/>) until <paramref name="leaseUntil"/>, and returns the lease's token: the mails
    /// that carry it are this sender's.
    /// </summary>
    Task<Guid> ClaimAsync(IReadOnlyCollection<Guid> mailIds, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);
}
