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

/// <summary>
/// Every refusal is the same 401 after one password-hash check — unknown e-mail, no password yet, deactivated,
/// locked or wrong password — so that neither the answer nor its time tells whether an account exists.
/// </summary>
public sealed class LoginCommandHandler(
    IApplicationDbContext db, ISignInRecords signIns, IPasswordHasher passwords, DecoyPassword decoy, TokenPairIssuer tokens, TimeProvider clock)
    : ICommandHandler<LoginCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var email = UserAccount.NormalizeEmail(command.Email);
        var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        var now = clock.GetUtcNow();
        if (account is null || !account.IsActive || !account.HasPassword || !await signIns.TryCountAttemptAsync(account.Id, now, cancellationToken))
        {
            decoy.Verify(command.Password);
            throw new AuthenticationFailedException();
        }

        if (!passwords.Verify(account, command.Password))
        {
            throw new AuthenticationFailedException();
        }

        await signIns.ForgetFailedAttemptsAsync(account.Id, cancellationToken);
        var response = tokens.StartFamily(account);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}

/// <summary>
/// A password hash of nobody's account, checked when there is no real one to check, so that a refused sign-in costs
/// the same hashing time whether or not the e-mail has an account.
/// </summary>
public sealed class DecoyPassword(IPasswordHasher passwords, ISecretGenerator secrets, TimeProvider clock)
{
    private readonly Lazy<UserAccount> _account = new(() =>
    {
        var account = UserAccount.Create("decoy@invalid", "Decoy", Role.Volunteer, clock.GetUtcNow());
        account.SetPasswordHash(passwords.Hash(account, secrets.NewSecret()));
        return account;
    });

    public void Verify(string password) => passwords.Verify(_account.Value, password);
}
