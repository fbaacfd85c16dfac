using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.CompleteCampaign;

/// <summary>Mark a running campaign as completed. The campaign refuses any other transition (409).</summary>
public sealed record CompleteCampaignCommand(Guid Id) : ICommand<CampaignDto>;

public sealed class CompleteCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CompleteCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(CompleteCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(Campaign), command.Id);
        campaign.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }
}
