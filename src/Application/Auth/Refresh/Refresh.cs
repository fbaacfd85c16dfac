using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Auth.Refresh;

/// <summary>Trade a refresh token for a new token pair; the old refresh token stops working.</summary>
/// <param name="RefreshToken">The refresh token from the last sign-in or refresh.</param>
public sealed record RefreshCommand(string RefreshToken) : ICommand<TokenResponse>;

public sealed class RefreshCommandValidator : AbstractValidator<RefreshCommand>
{
    public RefreshCommandValidator() => RuleFor(x => x.RefreshToken).RequiredText(200);
}

public sealed class RefreshCommandHandler(
    IApplicationDbContext db, ISecretGenerator secrets, TokenPairIssuer tokens, TimeProvider clock)
    : ICommandHandler<RefreshCommand, TokenResponse>
{
    public async ValueTask<TokenResponse> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var hash = secrets.Hash(command.RefreshToken);
        var now = clock.GetUtcNow();
        var stored = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (stored is null || !stored.IsUsable(now))
        {
            throw new AuthenticationFailedException("The refresh token is not valid.");
        }

        var account = await db.UserAccounts.FindAsync([stored.UserAccountId], cancellationToken);
        if (account is null || !account.IsActive)
        {
            throw new AuthenticationFailedException("The refresh token is not valid.");
        }

        stored.Revoke(now);
        var response = tokens.Issue(account);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
