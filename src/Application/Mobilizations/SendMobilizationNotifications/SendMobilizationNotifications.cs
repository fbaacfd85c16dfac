using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Volunteers.Application.Common.Email;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations.SendMobilizationNotifications;

/// <summary>
/// One pass of the mobilisation mail sender: claims due messages with a lease (a conditional UPDATE, so that several
/// API instances never send the same message at once), sends each in the volunteer's message language, marks it sent,
/// or schedules a retry with backoff. Answers the number of e-mails sent.
/// </summary>
public sealed record SendMobilizationNotificationsCommand(int BatchSize = 100) : ICommand<int>;

public sealed partial class SendMobilizationNotificationsCommandHandler(
    IApplicationDbContext db, IUnitOfWork unitOfWork, IMobilizationMailLeases leases, IEmailSender email, IHqCalendar calendar, TimeProvider clock, ILogger<SendMobilizationNotificationsCommandHandler> logger)
    : ICommandHandler<SendMobilizationNotificationsCommand, int>
{
    /// <summary>How long a claim holds; a sender that dies mid-batch loses its messages to another after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async ValueTask<int> Handle(SendMobilizationNotificationsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.MobilizationNotifications.AsNoTracking()
            .Where(MobilizationNotification.DueAt(now))
            .OrderBy(n => n.NextAttemptAt)
            .Take(command.BatchSize)
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var token = await leases.ClaimAsync(candidates, now, now + Lease, cancellationToken);

        var mine = db.MobilizationNotifications.Where(n => candidates.Contains(n.Id) && n.LeaseToken == token);
        var claimed = await mine.OrderBy(n => n.NextAttemptAt).ToListAsync(cancellationToken);
        var recipients = await (
                from n in mine
                join v in db.Volunteers on n.VolunteerId equals v.Id
                join m in db.Mobilizations on n.MobilizationId equals m.Id
                join e in db.RosterEntries on new { n.RosterId, n.VolunteerId } equals new { e.RosterId, e.VolunteerId }
                select new Recipient(n.Id, v.Email, v.FirstName, v.MessageLanguage, m.Title, m.Reason, e.Date, e.RespondBy))
            .AsNoTracking()
            .ToDictionaryAsync(r => r.NotificationId, cancellationToken);

        var sent = 0;
        foreach (var notification in claimed)
        {
            if (!recipients.TryGetValue(notification.Id, out var to) || string.IsNullOrEmpty(to.Email))
            {
                notification.MarkUndeliverable();
            }
            else
            {
                try
                {
                    var respondBy = to.RespondBy is { } due ? TimeZoneInfo.ConvertTime(due, calendar.TimeZone) : (DateTimeOffset?)null;
                    await email.SendAsync(
                        MobilizationMessages.Compose(notification.Kind, to.Email, to.Language, to.FirstName, to.Title, to.Reason, to.Date, respondBy),
                        cancellationToken);
                    notification.MarkSent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Mail servers name the mailbox in their refusals: neither the log nor the stored error keeps it.
                    LogSendFailed(logger, notification.Id, notification.Attempts + 1, exception.GetType().Name);
                    notification.RecordFailure(exception.Message.Replace(to.Email, "<recipient>", StringComparison.OrdinalIgnoreCase), clock.GetUtcNow());
                }
            }

            try
            {
                // Recorded even when stopping, so that a message that went out is not sent again.
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

    private sealed record Recipient(
        Guid NotificationId, string? Email, string FirstName, string Language, string Title, string Reason, DateOnly Date, DateTimeOffset? RespondBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mobilisation e-mail {NotificationId} failed (attempt {Attempt}, {ExceptionType}); it will be retried")]
    private static partial void LogSendFailed(ILogger logger, Guid notificationId, int attempt, string exceptionType);
}
