using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Security;

/// <summary>
/// Whether a validated access token's sign-in is still live: its account is active and its refresh-token family has a
/// token that is neither revoked nor expired. Answers are kept for <see cref="RecheckAfter"/>, so a deactivated account
/// or a revoked family stops working within a minute on every instance, at one database read per sign-in and half-minute.
/// </summary>
public sealed class AccessTokenSessions(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<(Guid Account, Guid Session), (bool Live, DateTimeOffset CheckedAt)> _checked = new();

    /// <summary>False for a token without a subject or session, or whose sign-in has ended.</summary>
    public async Task<bool> IsLiveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue("sub"), out var accountId)
            || !Guid.TryParse(principal.FindFirstValue(JwtAccessTokenIssuer.SessionIdClaim), out var sessionId))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        if (_checked.TryGetValue((accountId, sessionId), out var known) && now - known.CheckedAt < RecheckAfter)
        {
            return known.Live;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var live = await db.UserAccounts.AnyAsync(
            a => a.Id == accountId && a.IsActive
                 && db.RefreshTokens.Any(t => t.UserAccountId == accountId && t.FamilyId == sessionId && t.RevokedAt == null && t.ExpiresAt > now),
            cancellationToken);
        if (_checked.Count >= MaxRemembered)
        {
            _checked.Clear();
        }

        _checked[(accountId, sessionId)] = (live, now);
        return live;
    }
}
