using Riok.Mapperly.Abstractions;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.StaffAccounts;

/// <summary>A staff member's account as admins see it.</summary>
public sealed record StaffAccountDto(Guid Id, string Email, string FullName, Role Role, bool IsActive, bool HasPassword, DateTimeOffset CreatedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class StaffAccountMappings
{
    public static partial IQueryable<StaffAccountDto> ProjectToDto(this IQueryable<UserAccount> accounts);
}
