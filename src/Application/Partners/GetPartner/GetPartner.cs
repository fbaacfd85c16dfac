using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Partners.GetPartner;

/// <summary>One partner system (never its key).</summary>
public sealed record GetPartnerQuery(Guid Id) : IQuery<PartnerDto>;

public sealed class GetPartnerQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPartnerQuery, PartnerDto>
{
    public async ValueTask<PartnerDto> Handle(GetPartnerQuery query, CancellationToken cancellationToken) =>
        await db.Partners.AsNoTracking().Where(p => p.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Partner", query.Id);
}
