using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Volunteers.Application.Common.Email;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Mail;

/// <summary>
/// The one sender of every mail in the outbox (<see cref="OutboxMail"/>): claims due mails with a lease (a conditional
/// UPDATE, so that several API instances never send the same mail), lets each kind's template compose it in the
/// volunteer's message language, sends it, and records the outcome — sent, skipped, undeliverable, or a retry with
/// backoff. Non-emergency mails are skipped for volunteers who opted out of them; emergency call-ups never are.
/// </summary>
public sealed partial class MailOutboxSender(
    IApplicationDbContext db,
    IUnitOfWork unitOfWork,
    IMailLeases leases,
    IEmailSender email,
    IEnumerable<IMailTemplate> templates,
    TimeProvider clock,
    ILogger<MailOutboxSender> logger)
{
    /// <summary>How long a claim holds; a sender that dies mid-batch loses its mails to another after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>One pass over the mails due now, at most <paramref name="batchSize"/>; answers how many were sent.</summary>
    public async Task<int> SendDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.OutboxMails.AsNoTracking()
            .Where(OutboxMail.DueAt(now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(batchSize)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        return await SendAsync(candidates, now, cancellationToken);
    }

    /// <summary>
    /// Sends one mail at once (the request that wrote it wants to say whether it went out); unless another sender holds
    /// it. A mail that fails stays in the outbox and is retried like any other.
    /// </summary>
    public async Task<bool> TrySendNowAsync(Guid mailId, CancellationToken cancellationToken) =>
        await SendAsync([mailId], clock.GetUtcNow(), cancellationToken) == 1;

    private async Task<int> SendAsync(List<Guid> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }

        var token = await leases.ClaimAsync(candidates, now, now + Lease, cancellationToken);
        var claimed = await db.OutboxMails
            .Where(m => candidates.Contains(m.Id) && m.LeaseToken == token)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var decisions = await DecideAsync(claimed, cancellationToken);
        var sent = 0;
        foreach (var mail in claimed)
        {
            var decision = decisions[mail.Id];
            if (decision is null)
            {
                mail.MarkUndeliverable();
            }
            else if (decision.Message is not { } message)
            {
                mail.Skip(decision.SkipReason!);
            }
            else
            {
                try
                {
                    await email.SendAsync(message, cancellationToken);
                    mail.MarkSent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Mail servers name the mailbox in their refusals: neither the log nor the stored error keeps it.
                    LogSendFailed(logger, mail.Id, mail.Kind, mail.Attempts + 1, exception.GetType().Name);
                    mail.RecordFailure(exception.Message.Replace(message.To, "<recipient>", StringComparison.OrdinalIgnoreCase), clock.GetUtcNow());
                }
            }

            try
            {
                // Recorded even when stopping, so that a mail that went out is not sent again.
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The lease ran out and another sender took the batch over: leave the rest to it.
                unitOfWork.ForgetChanges();
                break;
            }
        }

        return sent;
    }

    /// <summary>Per mail: null when it cannot be delivered (no address), else its template's decision.</summary>
    private async Task<Dictionary<Guid, MailDecision?>> DecideAsync(List<OutboxMail> claimed, CancellationToken cancellationToken)
    {
        var volunteerIds = claimed.Select(m => m.VolunteerId).Distinct().ToList();
        var recipients = await db.Volunteers.AsNoTracking()
            .Where(v => volunteerIds.Contains(v.Id))
            .Select(v => new MailRecipient(v.Id, v.Email, v.FirstName, v.MessageLanguage, v.NonEmergencyMessages, v.ShiftReminders))
            .ToDictionaryAsync(r => r.VolunteerId, cancellationToken);

        var decisions = new Dictionary<Guid, MailDecision?>();
        var toCompose = new List<DueMail>();
        foreach (var mail in claimed)
        {
            if (!recipients.TryGetValue(mail.VolunteerId, out var to) || string.IsNullOrEmpty(to.Email))
            {
                decisions[mail.Id] = null;
            }
            else if (!mail.IgnoresOptOut && !to.NonEmergencyMessages)
            {
                decisions[mail.Id] = MailDecision.Skip("The volunteer opted out of non-emergency messages.");
            }
            else
            {
                toCompose.Add(new DueMail(mail, to));
            }
        }

        foreach (var kind in toCompose.GroupBy(m => m.Mail.Kind))
        {
            var template = templates.FirstOrDefault(t => t.Composes(kind.Key))
                           ?? throw new InvalidOperationException($"No mail template composes {kind.Key}.");
            foreach (var (id, decision) in await template.ComposeAsync([.. kind], cancellationToken))
            {
                decisions[id] = decision;
            }
        }

        return decisions;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} ({Kind}) failed (attempt {Attempt}, {ExceptionType}); it will be retried")]
    private static partial void LogSendFailed(ILogger logger, Guid mailId, MailKind kind, int attempt, string exceptionType);
}
