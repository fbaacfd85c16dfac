using Riok.Mapperly.Abstractions;
using Volunteers.Domain.Partners;

namespace Volunteers.Application.Partners;

/// <summary>A partner system as admins see it. The key itself is never shown again, only its first characters.</summary>
public sealed record PartnerDto(Guid Id, string Name, IReadOnlyList<string> Scopes, string KeyPrefix, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class PartnerMappings
{
    public static partial IQueryable<PartnerDto> ProjectToDto(this IQueryable<Partner> partners);
}
