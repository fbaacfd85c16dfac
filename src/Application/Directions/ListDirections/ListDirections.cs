using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Directions.ListDirections;

/// <summary>All directions, active first, in code order.</summary>
public sealed record ListDirectionsQuery : IQuery<IReadOnlyList<DirectionDto>>;

public sealed class ListDirectionsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListDirectionsQuery, IReadOnlyList<DirectionDto>>
{
    public async ValueTask<IReadOnlyList<DirectionDto>> Handle(ListDirectionsQuery query, CancellationToken cancellationToken) =>
        await db.Directions.AsNoTracking().OrderByDescending(d => d.IsActive).ThenBy(d => d.Id).ProjectToDto().ToListAsync(cancellationToken);
}
