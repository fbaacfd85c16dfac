using Volunteers.Domain.Accounts;

namespace Volunteers.Api.Http;

/// <summary>Authorization policies by role. Ownership rules ("only your own record") are checked in the use cases.</summary>
public static class Policies
{
    public const string Admin = nameof(Admin);
    public const string Staff = nameof(Staff);
    public const string Trainers = nameof(Trainers);
    public const string SignedIn = nameof(SignedIn);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(nameof(Role.Admin)));
        options.AddPolicy(Staff, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Coordinator)));
        options.AddPolicy(Trainers, p => p.RequireRole(nameof(Role.Admin), nameof(Role.Coordinator), nameof(Role.Trainer)));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }
}
