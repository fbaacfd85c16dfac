using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.Security;
using Volunteers.Domain.Partners;

namespace Volunteers.Api.IntegrationTests.Partners;

/// <summary>
/// Which caller passes which policy. Principals come from the real authentication schemes (a partner's X-Api-Key, a
/// staff member's bearer token), and the policies are evaluated by the app's own authorization service.
/// </summary>
public sealed class ScopeMatrixTests(TestDatabase database) : ApiTest(database)
{
    private static readonly string[] RolePolicies = [Policies.Admin, Policies.Staff, Policies.Trainers, Policies.SignedIn];

    [Test]
    public async Task PartnerKey_PassesExactlyThePoliciesOfItsScopes()
    {
        string[] granted = [PartnerScopes.CampaignsRead, PartnerScopes.StatsRead];
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", granted);
        var principal = await AuthenticateAsync(PartnerClients.ApiKeyHeader, partner.ApiKey);

        await Assert.MultipleAsync(async () =>
        {
            foreach (var scope in PartnerScopes.All)
            {
                var expected = granted.Contains(scope);
                Assert.That(await PassesAsync(principal, Policies.Scope(scope)), Is.EqualTo(expected), $"Scope({scope})");
                Assert.That(await PassesAsync(principal, Policies.StaffOrScope(scope)), Is.EqualTo(expected), $"StaffOrScope({scope})");
                Assert.That(await PassesAsync(principal, Policies.PublicOrScope(scope)), Is.EqualTo(expected), $"PublicOrScope({scope})");
            }

            foreach (var policy in RolePolicies)
            {
                Assert.That(await PassesAsync(principal, policy), Is.False, policy);
            }

            Assert.That(await PassesAsync(principal, Policies.AdminOrPartner), Is.True);
        });
    }

    [TestCase("Coordinator", true)]
    [TestCase("Admin", true)]
    [TestCase("Trainer", false)]
    public async Task StaffOrScope_AdmitsCoordinatorsAndAdmins_ButScopeAloneAdmitsOnlyKeys(string role, bool isStaff)
    {
        var staff = await StaffAsync(role);
        var token = staff.Client.DefaultRequestHeaders.Authorization!.ToString();
        staff.Client.Dispose();
        var principal = await AuthenticateAsync("Authorization", token);

        await Assert.MultipleAsync(async () =>
        {
            foreach (var scope in PartnerScopes.All)
            {
                Assert.That(await PassesAsync(principal, Policies.StaffOrScope(scope)), Is.EqualTo(isStaff), $"StaffOrScope({scope})");
                Assert.That(await PassesAsync(principal, Policies.Scope(scope)), Is.False, $"Scope({scope})");
                Assert.That(await PassesAsync(principal, Policies.PublicOrScope(scope)), Is.True, $"PublicOrScope({scope}) is open to people");
            }

            Assert.That(await PassesAsync(principal, Policies.AdminOrPartner), Is.EqualTo(role == "Admin"));
            Assert.That(await PassesAsync(principal, Policies.SignedIn), Is.True);
        });
    }

    [Test]
    public async Task Anonymous_PassesNoPolicy()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        await Assert.MultipleAsync(async () =>
        {
            foreach (var policy in PartnerScopes.All.SelectMany(s => new[] { Policies.Scope(s), Policies.StaffOrScope(s) }).Concat(RolePolicies).Append(Policies.AdminOrPartner))
            {
                Assert.That(await PassesAsync(anonymous, policy), Is.False, policy);
            }
        });
    }

    [Test]
    public async Task Anonymous_PassesThePublicOrScopePolicies()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        await Assert.MultipleAsync(async () =>
        {
            foreach (var scope in PartnerScopes.All)
            {
                Assert.That(await PassesAsync(anonymous, Policies.PublicOrScope(scope)), Is.True, scope);
            }
        });
    }

    [Test]
    public void ScopePolicies_RefuseUnknownScopes_WhenAnEndpointIsMapped() =>
        Assert.Throws<ArgumentException>(() => Policies.StaffOrScope("campaigns:write"));

    [Test]
    public async Task PartnerPrincipal_CarriesItsIdAndADistinctSubject()
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "City portal", PartnerScopes.StatsRead);
        var principal = await AuthenticateAsync(PartnerClients.ApiKeyHeader, partner.ApiKey);

        Assert.That(principal.FindFirstValue("sub"), Is.EqualTo($"partner:{partner.Id}"));
        Assert.That(principal.FindAll("scope").Select(c => c.Value), Is.EqualTo(new[] { PartnerScopes.StatsRead }));
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = principal } };
        var user = new HttpCurrentUser(accessor);
        Assert.That(user.PartnerId, Is.EqualTo(partner.Id));
        Assert.That(user.AccountId, Is.Null);
        Assert.That(user.Role, Is.Null);
    }

    [Test]
    public async Task OverHttp_APartnerReachesItsOwnRoutes_AndGets403OnStaffRoutes()
    {
        using var admin = await AdminAsync();
        using var partner = await Factory.RegisterAsync(admin, "Everything", [.. PartnerScopes.All]);

        Assert.That((await partner.Client.GetAsync("/api/v1/webhooks")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await partner.Client.GetAsync("/api/v1/me"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await partner.Client.GetAsync("/api/v1/staff-accounts"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await partner.Client.GetAsync("/api/v1/partners"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await partner.Client.PutJsonAsync("/api/v1/training-stages/1", new { }), HttpStatusCode.Forbidden);
        Assert.That((await partner.Client.GetAsync("/api/v1/directions")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "public routes stay open");
    }

    /// <summary>Runs the app's default authentication scheme on a request with one header, as the pipeline does.</summary>
    private async Task<ClaimsPrincipal> AuthenticateAsync(string header, string value)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers[header] = value;
        var result = await context.AuthenticateAsync();
        Assert.That(result.Succeeded, Is.True, result.Failure?.Message);
        return result.Principal!;
    }

    private async Task<bool> PassesAsync(ClaimsPrincipal principal, string policy)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(principal, null, policy)).Succeeded;
    }
}
