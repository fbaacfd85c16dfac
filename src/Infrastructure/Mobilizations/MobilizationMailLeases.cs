using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Mobilizations;
using Volunteers.Domain.Mobilizations;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Mobilizations;

/// <summary>A claim is an UPDATE of the still-due rows, so of two senders racing for a message only one gets it.</summary>
internal sealed class MobilizationMailLeases(ApplicationDbContext db) : IMobilizationMailLeases
{
    public async Task<Guid> ClaimAsync(IReadOnlyCollection<Guid> notificationIds, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        await db.MobilizationNotifications
            .Where(n => notificationIds.Contains(n.Id))
            .Where(MobilizationNotification.DueAt(now))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.LeaseToken, token).SetProperty(n => n.LeaseUntil, leaseUntil), cancellationToken);
        return token;
    }
}
