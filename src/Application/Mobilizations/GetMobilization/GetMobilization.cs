using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Mobilizations.GetMobilization;

public sealed record GetMobilizationQuery(Guid Id) : IQuery<MobilizationDto>;

public sealed class GetMobilizationQueryHandler(IApplicationDbContext db) : IQueryHandler<GetMobilizationQuery, MobilizationDto>
{
    public async ValueTask<MobilizationDto> Handle(GetMobilizationQuery query, CancellationToken cancellationToken) =>
        await MobilizationReads.GetAsync(db, query.Id, cancellationToken);
}
