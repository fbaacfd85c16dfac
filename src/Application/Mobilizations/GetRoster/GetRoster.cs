using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Mobilizations.GetRoster;

public sealed record GetRosterQuery(Guid MobilizationId, DateOnly Date) : IQuery<RosterDto>;

public sealed class GetRosterQueryHandler(IApplicationDbContext db) : IQueryHandler<GetRosterQuery, RosterDto>
{
    public async ValueTask<RosterDto> Handle(GetRosterQuery query, CancellationToken cancellationToken) =>
        await MobilizationReads.GetRosterAsync(db, query.MobilizationId, query.Date, cancellationToken);
}
