using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.PublishCampaign;

/// <summary>Publish a draft: the campaign becomes public and open for sign-ups. The campaign refuses any other transition (409).</summary>
public sealed record PublishCampaignCommand(Guid Id) : ICommand<CampaignDto>;

public sealed class PublishCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<PublishCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(PublishCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(Campaign), command.Id);
        campaign.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }
}
