namespace Volunteers.Application.Auth;

/// <summary>
/// The sign-in bookkeeping that must hold when requests race (parallel guesses, replayed refresh tokens, redeemed
/// invitations): each method is one conditional statement that the database evaluates atomically.
/// </summary>
public interface ISignInRecords
{
    /// <summary>
    /// Counts a sign-in attempt before its password is checked: the <c>MaxFailedLogins</c>th in a row locks the
    /// account. False while the account is locked, when nothing is counted and no password may be checked.
    /// </summary>
    Task<bool> TryCountAttemptAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A right password: the failed attempts are forgotten.</summary>
    Task ForgetFailedAttemptsAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Ends one sign-in: its refresh tokens stop at once, its access tokens within a minute.</summary>
    Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends every sign-in of the account.</summary>
    Task RevokeAllOfAccountAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes the account's unused invitations, so that a new one is the only one valid.</summary>
    Task RevokeUnusedInvitationsAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken);
}
