using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Mail;
using Volunteers.Domain.Mail;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Mail;

/// <summary>
/// A claim is an UPDATE of the still-due rows — the WHERE is checked again under each row's write lock, as the webhook
/// dispatcher claims its deliveries — so of two senders racing for a mail only one gets it.
/// </summary>
internal sealed class MailLeases(ApplicationDbContext db) : IMailLeases
{
    public async Task<Guid> ClaimAsync(IReadOnlyCollection<Guid> mailIds, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        await db.OutboxMails
            .Where(m => mailIds.Contains(m.Id))
            .Where(OutboxMail.DueAt(now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeaseToken, token).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
        return token;
    }
}
