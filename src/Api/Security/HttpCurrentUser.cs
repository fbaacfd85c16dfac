using System.Security.Claims;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Api.Security;

/// <summary>The caller, read from the claims of the validated bearer token or partner API key.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    public const string VolunteerIdClaim = "volunteer_id";
    public const string PartnerIdClaim = "partner_id";
    public const string ScopeClaim = "scope";
    public const string NameClaim = "name";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? AccountId => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(SubjectClaim), out var id) ? id : null;

    public Role? Role => IsAuthenticated && Enum.TryParse<Role>(Principal!.FindFirstValue(RoleClaim), out var role) ? role : null;

    public Guid? VolunteerId => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(VolunteerIdClaim), out var id) ? id : null;

    public Guid? PartnerId => IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(PartnerIdClaim), out var id) ? id : null;
}
