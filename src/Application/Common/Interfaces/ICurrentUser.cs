using Volunteers.Application.Common.Exceptions;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Common.Interfaces;

/// <summary>Who is calling: an account with a role, a partner system, or nobody.</summary>
public interface ICurrentUser
{
    Guid? AccountId { get; }
    Role? Role { get; }
    Guid? VolunteerId { get; }

    /// <summary>The partner system calling with an API key; <c>null</c> for people.</summary>
    Guid? PartnerId { get; }

    bool IsAuthenticated { get; }
}

public static class CurrentUserExtensions
{
    /// <summary>Coordinators and admins: the people who run the HQ's registry and campaigns.</summary>
    public static bool IsStaff(this ICurrentUser user) => user.Role is Domain.Accounts.Role.Admin or Domain.Accounts.Role.Coordinator;

    public static bool IsAdmin(this ICurrentUser user) => user.Role is Domain.Accounts.Role.Admin;

    /// <summary>A partner system calling with its API key (its scopes were checked by the endpoint's policy).</summary>
    public static bool IsPartner(this ICurrentUser user) => user.PartnerId is not null;

    /// <summary>A volunteer's own account (only volunteer accounts carry a volunteer id).</summary>
    public static bool IsVolunteer(this ICurrentUser user, Guid volunteerId) => user.VolunteerId == volunteerId;

    /// <summary>Staff, or the volunteer <paramref name="volunteerId"/> themself: who may see and act on a volunteer's own data (SPEC §2).</summary>
    public static bool IsStaffOrSelf(this ICurrentUser user, Guid volunteerId) => user.IsStaff() || user.IsVolunteer(volunteerId);

    /// <summary>403 unless <see cref="IsStaffOrSelf"/>; <paramref name="reason"/> tells the caller what they tried.</summary>
    public static void EnsureStaffOrSelf(this ICurrentUser user, Guid volunteerId,
        string reason = "Only staff and the volunteer themself may see or change this volunteer's data.")
    {
        if (!user.IsStaffOrSelf(volunteerId))
        {
            throw new ForbiddenException(reason);
        }
    }
}
