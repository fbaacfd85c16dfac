using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.Security;

/// <summary>
/// Authorization policies by role, and by partner scope for the routes partner systems may call. Ownership rules
/// ("only your own record") are checked in the use cases.
/// </summary>
/// <remarks>
/// An endpoint opens itself to partners by naming the scope it needs, e.g.
/// <c>.RequirePolicy(Policies.StaffOrScope(PartnerScopes.HelpRequestsWrite))</c> (staff, or a partner key with that scope)
/// or <c>.RequirePolicy(Policies.Scope(PartnerScopes.StatsRead))</c> (partner keys with that scope only). Role policies
/// (<see cref="Admin"/>, <see cref="Staff"/>, …) never admit a partner: it has no role, so it gets a 403. A public read
/// that partners reach through a scope uses <c>Policies.PublicOrScope(PartnerScopes.CampaignsRead)</c>: open to everyone,
/// but a partner key only with that scope.
/// </remarks>
public static class Policies
{
    public const string Admin = nameof(Admin);
    public const string Staff = nameof(Staff);
    public const string Trainers = nameof(Trainers);

    /// <summary>Any signed-in account (staff or volunteer); not a partner key.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>An admin, or any partner key (for resources a partner owns, such as its webhook subscriptions).</summary>
    public const string AdminOrPartner = nameof(AdminOrPartner);

    public const string ScopePrefix = "Scope:";
    public const string StaffOrScopePrefix = "StaffOrScope:";
    public const string PublicOrScopePrefix = "PublicOrScope:";

    /// <summary>A partner key with <paramref name="scope"/> (one of <see cref="PartnerScopes"/>).</summary>
    public static string Scope(string scope) => ScopePrefix + Known(scope);

    /// <summary>A Coordinator or Admin, or a partner key with <paramref name="scope"/> (one of <see cref="PartnerScopes"/>).</summary>
    public static string StaffOrScope(string scope) => StaffOrScopePrefix + Known(scope);

    /// <summary>
    /// Anyone — anonymous callers and every account — except a partner key without <paramref name="scope"/>: a public
    /// read that a partner reaches through its scope (a key without it gets a 403, so a partner's access is what its scopes say).
    /// </summary>
    public static string PublicOrScope(string scope) => PublicOrScopePrefix + Known(scope);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(nameof(Role.Admin)));
        options.AddPolicy(Staff, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Coordinator)));
        options.AddPolicy(Trainers, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Coordinator), nameof(Role.Trainer)));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireClaim(HttpCurrentUser.RoleClaim));
        options.AddPolicy(AdminOrPartner, p => p.RequireAssertion(c => c.User.IsInRole(nameof(Role.Admin)) || IsPartner(c.User)));
        foreach (var scope in PartnerScopes.All)
        {
            options.AddPolicy(Scope(scope), p => p.RequireClaim(HttpCurrentUser.ScopeClaim, scope));
            options.AddPolicy(StaffOrScope(scope), p => p.RequireAssertion(c =>
                c.User.IsInRole(nameof(Role.Admin)) || c.User.IsInRole(nameof(Role.Coordinator)) || c.User.HasClaim(HttpCurrentUser.ScopeClaim, scope)));
            options.AddPolicy(PublicOrScope(scope), p => p.RequireAssertion(c =>
                !IsPartner(c.User) || c.User.HasClaim(HttpCurrentUser.ScopeClaim, scope)));
        }
    }

    private static bool IsPartner(ClaimsPrincipal user) => user.HasClaim(claim => claim.Type == HttpCurrentUser.PartnerIdClaim);

    private static string Known(string scope) =>
        PartnerScopes.IsKnown(scope) ? scope : throw new ArgumentException($"'{scope}' is not one of {nameof(PartnerScopes)}.", nameof(scope));
}
