using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Directions.GetDirection;

public sealed record GetDirectionQuery(int Id) : IQuery<DirectionDto>;

public sealed class GetDirectionQueryHandler(IApplicationDbContext db) : IQueryHandler<GetDirectionQuery, DirectionDto>
{
    public async ValueTask<DirectionDto> Handle(GetDirectionQuery query, CancellationToken cancellationToken) =>
        await db.Directions.AsNoTracking().Where(d => d.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Direction", query.Id);
}
