using Volunteers.Application.Auth;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Common.Security;

/// <summary>An invitation as the invited person receives it: the raw token is shown once and stored only as a hash.</summary>
public sealed record InvitationDto(string Token, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues invitations to set a password — for staff accounts and for volunteers alike. A new invitation revokes the
/// account's older unused ones, so that at most one is ever valid.
/// </summary>
public sealed class InvitationIssuer(IApplicationDbContext db, ISignInRecords signIns, ISecretGenerator secrets, TimeProvider clock)
{
    public async Task<InvitationDto> IssueAsync(UserAccount account, CancellationToken cancellationToken) =>
        (await IssueRecordAsync(account, cancellationToken)).Invitation;

    /// <summary>As <see cref="IssueAsync"/>, with the id of the stored invitation (what its e-mail is about).</summary>
    public async Task<(InvitationDto Invitation, Guid InvitationId)> IssueRecordAsync(UserAccount account, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await signIns.RevokeUnusedInvitationsAsync(account.Id, now, cancellationToken);
        var token = secrets.NewSecret();
        var invitation = Invitation.Issue(account.Id, secrets.Hash(token), now, Invitation.DefaultLifetime);
        db.Invitations.Add(invitation);
        return (new InvitationDto(token, invitation.ExpiresAt), invitation.Id);
    }
}
