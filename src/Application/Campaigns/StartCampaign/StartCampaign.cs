using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.StartCampaign;

/// <summary>Mark a published campaign as running. The campaign refuses any other transition (409).</summary>
public sealed record StartCampaignCommand(Guid Id) : ICommand<CampaignDto>;

public sealed class StartCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<StartCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(StartCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(Campaign), command.Id);
        campaign.Start(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }
}
