using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.CancelCampaign;

/// <summary>Cancel a campaign that is not completed. The campaign refuses any other transition (409).</summary>
public sealed record CancelCampaignCommand(Guid Id) : ICommand<CampaignDto>;

public sealed class CancelCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CancelCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(CancelCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(Campaign), command.Id);
        campaign.Cancel(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }
}
