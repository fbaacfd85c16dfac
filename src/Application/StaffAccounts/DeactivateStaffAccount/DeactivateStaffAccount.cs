using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;

namespace Volunteers.Application.StaffAccounts.DeactivateStaffAccount;

/// <summary>Deactivate a staff account: it can no longer sign in, and its refresh tokens stop working.</summary>
public sealed record DeactivateStaffAccountCommand(Guid AccountId) : ICommand;

public sealed class DeactivateStaffAccountCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeactivateStaffAccountCommand>
{
    public async ValueTask<Unit> Handle(DeactivateStaffAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.Id == command.AccountId && a.Role != Role.Volunteer, cancellationToken)
                      ?? throw new NotFoundException("Staff account", command.AccountId);
        if (account.Id == user.AccountId)
        {
            throw new DomainRuleViolationException("account-cannot-deactivate-self", "An admin cannot deactivate their own account.");
        }

        account.Deactivate();
        var now = clock.GetUtcNow();
        await foreach (var token in db.RefreshTokens.Where(t => t.UserAccountId == account.Id && t.RevokedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            token.Revoke(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
