using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Campaigns;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.ListCampaignShifts;

/// <summary>A campaign's shifts in time order, with their seats; visible to whoever may see the campaign.</summary>
public sealed record ListCampaignShiftsQuery(Guid CampaignId) : IQuery<IReadOnlyList<ShiftDto>>;

public sealed class ListCampaignShiftsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListCampaignShiftsQuery, IReadOnlyList<ShiftDto>>
{
    public async ValueTask<IReadOnlyList<ShiftDto>> Handle(ListCampaignShiftsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Campaigns.AsNoTracking().VisibleTo(user).AnyAsync(c => c.Id == query.CampaignId, cancellationToken))
        {
            throw new NotFoundException(nameof(Campaign), query.CampaignId);
        }

        return await db.Shifts.AsNoTracking()
            .Where(s => s.CampaignId == query.CampaignId)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .ProjectToDto()
            .ToListAsync(cancellationToken);
    }
}
