using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Auth;
using Volunteers.Domain.Accounts;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Security;

/// <summary>The sign-in bookkeeping as conditional UPDATEs, so parallel requests cannot all read the same state.</summary>
internal sealed class SignInRecords(ApplicationDbContext db) : ISignInRecords
{
    public async Task<bool> TryCountAttemptAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? lockedUntil = now + UserAccount.LockoutDuration;
        var counted = await db.UserAccounts
            .Where(a => a.Id == accountId && (a.LockedUntil == null || a.LockedUntil <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.FailedLoginCount, a => a.FailedLoginCount + 1 >= UserAccount.MaxFailedLogins ? 0 : a.FailedLoginCount + 1)
                .SetProperty(a => a.LockedUntil, a => a.FailedLoginCount + 1 >= UserAccount.MaxFailedLogins ? lockedUntil : a.LockedUntil), cancellationToken);
        return counted == 1;
    }

    public Task ForgetFailedAttemptsAsync(Guid accountId, CancellationToken cancellationToken) =>
        db.UserAccounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.FailedLoginCount, 0).SetProperty(a => a.LockedUntil, (DateTimeOffset?)null), cancellationToken);

    public Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task RevokeAllOfAccountAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.UserAccountId == accountId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    public Task RevokeUnusedInvitationsAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Invitations.Where(i => i.UserAccountId == accountId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.RevokedAt, now), cancellationToken);
}
