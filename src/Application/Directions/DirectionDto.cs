using Riok.Mapperly.Abstractions;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;

namespace Volunteers.Application.Directions;

/// <summary>A line of volunteer work.</summary>
public sealed record DirectionDto(int Id, string Code, LocalizedTextDto Name, LocalizedTextDto Description, bool IsActive);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DirectionMappings
{
    public static partial DirectionDto ToDto(this Direction direction);

    public static partial IQueryable<DirectionDto> ProjectToDto(this IQueryable<Direction> directions);

    // Inlined into the IQueryable projections as a constructor call, so that the database returns only the three columns.
    private static LocalizedTextDto ToDto(LocalizedText text) => new(text.Kk, text.Ru, text.En);
}
