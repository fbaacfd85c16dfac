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

    public static bool IsVolunteer(this ICurrentUser user, Guid volunteerId) => user.VolunteerId == volunteerId;
}
