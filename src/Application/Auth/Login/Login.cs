using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Auth.Login;

/// <summary>Sign in with e-mail and password.</summary>
/// <param name="Email">The account's e-mail.</param>
/// <param name="Password">The account's password.</param>
public sealed record LoginCommand(string Email, string Password) : ICommand<TokenResponse>;

public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(x => x.Email).RequiredText(254);
        RuleFor(x => x.Password).RequiredText(128);
    }
}

public sealed class LoginCommandHandler(
    IApplicationDbContext db, IPasswordHasher passwords, TokenPairIssuer tokens, TimeProvider clock)
    : ICommandHandler<LoginCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var email = UserAccount.NormalizeEmail(command.Email);
        var account = await db.UserAccounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken)
                      ?? throw new AuthenticationFailedException();
        var now = clock.GetUtcNow();
        if (account.IsLockedOut(now))
        {
            throw new AuthenticationFailedException("The account is locked after too many failed sign-ins; try again later.");
        }

        if (!account.IsActive || !account.HasPassword)
        {
            throw new AuthenticationFailedException();
        }

        if (!passwords.Verify(account, command.Password))
        {
            account.RecordFailedLogin(now);
            await db.SaveChangesAsync(cancellationToken);
            throw new AuthenticationFailedException();
        }

        account.RecordSuccessfulLogin();
        var response = tokens.Issue(account);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
