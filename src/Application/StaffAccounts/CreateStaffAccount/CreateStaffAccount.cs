using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Security;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Common;

namespace Volunteers.Application.StaffAccounts.CreateStaffAccount;

/// <summary>Create a staff account; the person sets a password with the returned invitation.</summary>
/// <param name="Email">Work e-mail; the sign-in name.</param>
/// <param name="FullName">Full name as colleagues know it.</param>
/// <param name="Role">Admin, Coordinator or Trainer.</param>
public sealed record CreateStaffAccountCommand(string Email, string FullName, Role Role) : ICommand<StaffAccountCreatedDto>;

/// <summary>The new account and its invitation, shown only here.</summary>
public sealed record StaffAccountCreatedDto(Guid Id, InvitationDto Invitation);

public sealed class CreateStaffAccountCommandValidator : AbstractValidator<CreateStaffAccountCommand>
{
    public CreateStaffAccountCommandValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.FullName).RequiredText(200);
        RuleFor(x => x.Role).IsInEnum().NotEqual(Role.Volunteer);
    }
}

public sealed class CreateStaffAccountCommandHandler(IApplicationDbContext db, InvitationIssuer invitations, TimeProvider clock)
    : ICommandHandler<CreateStaffAccountCommand, StaffAccountCreatedDto>
{
    public async ValueTask<StaffAccountCreatedDto> Handle(CreateStaffAccountCommand command, CancellationToken cancellationToken)
    {
        var email = UserAccount.NormalizeEmail(command.Email);
        if (await db.UserAccounts.AnyAsync(a => a.Email == email, cancellationToken))
        {
            throw new DomainRuleViolationException("account-email-taken", "An account with this e-mail already exists.");
        }

        var account = UserAccount.Create(email, command.FullName, command.Role, clock.GetUtcNow());
        db.UserAccounts.Add(account);
        var invitation = await invitations.IssueAsync(account, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new StaffAccountCreatedDto(account.Id, invitation);
    }
}
