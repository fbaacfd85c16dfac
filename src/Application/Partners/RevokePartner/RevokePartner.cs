using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Webhooks;

namespace Volunteers.Application.Partners.RevokePartner;

/// <summary>Revoke a partner's key: its next request is a 401, and its webhook subscriptions are removed.</summary>
public sealed record RevokePartnerCommand(Guid PartnerId) : ICommand;

public sealed class RevokePartnerCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RevokePartnerCommand>
{
    public async ValueTask<Unit> Handle(RevokePartnerCommand command, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FindAsync([command.PartnerId], cancellationToken)
                      ?? throw new NotFoundException("Partner", command.PartnerId);
        var now = clock.GetUtcNow();
        partner.Revoke(now);
        var subscriptions = await db.WebhookSubscriptions
            .Where(s => s.PartnerId == partner.Id && s.DeletedAt == null)
            .ToListAsync(cancellationToken);
        await db.RemoveWebhookSubscriptionsAsync(subscriptions, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
