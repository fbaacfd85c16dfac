using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Auth.AcceptInvitation;

/// <summary>Redeem an invitation and set the account's password.</summary>
/// <param name="Token">The invitation token, as received.</param>
/// <param name="Password">The new password: 12 to 128 characters, not one of the common passwords.</param>
public sealed record AcceptInvitationCommand(string Token, string Password) : ICommand;

public sealed class AcceptInvitationCommandValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationCommandValidator(ICommonPasswords commonPasswords)
    {
        RuleFor(x => x.Token).RequiredText(200);
        RuleFor(x => x.Password).StrongPassword(commonPasswords);
    }
}

public sealed class AcceptInvitationCommandHandler(
    IApplicationDbContext db, ISignInRecords signIns, ISecretGenerator secrets, IPasswordHasher passwords, TimeProvider clock)
    : ICommandHandler<AcceptInvitationCommand>
{
    public async ValueTask<Unit> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var hash = secrets.Hash(command.Token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken)
                         ?? throw new NotFoundException("Invitation", "token");
        var account = await db.UserAccounts.FindAsync([invitation.UserAccountId], cancellationToken)
                      ?? throw new NotFoundException("Invitation", "token");
        if (!account.IsActive)
        {
            throw new NotFoundException("Invitation", "token");
        }

        var now = clock.GetUtcNow();
        invitation.Redeem(now);
        account.SetPasswordHash(passwords.Hash(account, command.Password));
        // Setting a password ends every sign-in of the account. Done first: if this redemption then loses a race, the
        // winner's password ends them anyway.
        await signIns.RevokeAllOfAccountAsync(account.Id, now, cancellationToken);
        try
        {
            // UPDATE … WHERE UsedAt IS NULL AND RevokedAt IS NULL (concurrency tokens) with the password, in one save.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Invitation.AlreadyUsed();
        }

        return Unit.Value;
    }
}
