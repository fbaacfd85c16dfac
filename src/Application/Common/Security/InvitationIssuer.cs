using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Common.Security;

/// <summary>An invitation as the invited person receives it: the raw token is shown once and stored only as a hash.</summary>
public sealed record InvitationDto(string Token, DateTimeOffset ExpiresAt);

/// <summary>Issues invitations to set a password — for staff accounts and for volunteers alike.</summary>
public sealed class InvitationIssuer(IApplicationDbContext db, ISecretGenerator secrets, TimeProvider clock)
{
    public InvitationDto Issue(UserAccount account)
    {
        var token = secrets.NewSecret();
        var invitation = Invitation.Issue(account.Id, secrets.Hash(token), clock.GetUtcNow(), Invitation.DefaultLifetime);
        db.Invitations.Add(invitation);
        return new InvitationDto(token, invitation.ExpiresAt);
    }
}
