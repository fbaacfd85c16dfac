using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.GetCampaign;

/// <summary>One campaign; a draft or cancelled one exists only for staff.</summary>
public sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignDto>;

public sealed class GetCampaignQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetCampaignQuery, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(GetCampaignQuery query, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking().VisibleTo(user).Where(c => c.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Campaign), query.Id);
}
