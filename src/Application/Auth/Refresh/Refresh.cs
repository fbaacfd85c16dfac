using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.Auth.Refresh;

/// <summary>
/// Trade a refresh token for a new token pair; the old refresh token stops working. Presenting a token that was
/// already used (a replay, or the loser of a race) revokes its whole family: every descendant becomes a 401.
/// </summary>
/// <param name="RefreshToken">The refresh token from the last sign-in or refresh.</param>
public sealed record RefreshCommand(string RefreshToken) : ICommand<TokenResponse>;

public sealed class RefreshCommandValidator : AbstractValidator<RefreshCommand>
{
    public RefreshCommandValidator() => RuleFor(x => x.RefreshToken).RequiredText(200);
}

public sealed class RefreshCommandHandler(
    IApplicationDbContext db, ISignInRecords signIns, ISecretGenerator secrets, TokenPairIssuer tokens, TimeProvider clock)
    : ICommandHandler<RefreshCommand, TokenResponse>
{
    private const string NotValid = "The refresh token is not valid.";

    public async ValueTask<TokenResponse> Handle(RefreshCommand command, CancellationToken cancellationToken)
    {
        var hash = secrets.Hash(command.RefreshToken);
        var now = clock.GetUtcNow();
        var stored = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
                     ?? throw new AuthenticationFailedException(NotValid);
        if (stored.RevokedAt is not null)
        {
            await signIns.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            throw new AuthenticationFailedException(NotValid);
        }

        var account = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == stored.UserAccountId, cancellationToken);
        if (!stored.IsUsable(now) || account is null || !account.IsActive)
        {
            throw new AuthenticationFailedException(NotValid);
        }

        stored.Revoke(now);
        var response = tokens.Issue(account, stored.FamilyId);
        try
        {
            // UPDATE … WHERE RevokedAt IS NULL (a concurrency token) together with the successor's INSERT.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request used this token first: this one is a reuse.
            await signIns.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            throw new AuthenticationFailedException(NotValid);
        }

        return response;
    }
}
