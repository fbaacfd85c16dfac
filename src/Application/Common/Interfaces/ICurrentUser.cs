using Volunteers.Domain.Accounts;

namespace Volunteers.Application.Common.Interfaces;

/// <summary>Who is calling: an account with a role, a partner system, or nobody.</summary>
public interface ICurrentUser
{
    Guid? AccountId { get; }
    Role? Role { get; }
    Guid? VolunteerId { get; }
    bool IsAuthenticated { get; }
}

public static class CurrentUserExtensions
{
    /// <summary>Coordinators and admins: the people who run the HQ's registry and campaigns.</summary>
    public static bool IsStaff(this ICurrentUser user) => user.Role is Domain.Accounts.Role.Admin or Domain.Accounts.Role.Coordinator;

    public static bool IsAdmin(this ICurrentUser user) => user.Role is Domain.Accounts.Role.Admin;

    public static bool IsVolunteer(this ICurrentUser user, Guid volunteerId) => user.VolunteerId == volunteerId;
}
