using Mediator;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.CreateCampaign;

/// <summary>Create a campaign as a draft; it is visible to staff only until published.</summary>
/// <param name="Title">Title in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
/// <param name="DirectionId">An active direction.</param>
/// <param name="Kind">Regular, Emergency, DisasterRelief or Event.</param>
/// <param name="District">Optional district code (see <c>GET /districts</c>).</param>
/// <param name="Location">Optional place.</param>
/// <param name="StartsOn" example="2026-03-10">First day, HQ calendar.</param>
/// <param name="EndsOn" example="2026-03-20">Last day, HQ calendar; not before the first.</param>
public sealed record CreateCampaignCommand(
    LocalizedTextDto Title,
    LocalizedTextDto Description,
    int DirectionId,
    CampaignKind? Kind,
    string? District,
    string? Location,
    DateOnly StartsOn,
    DateOnly EndsOn) : ICommand<CampaignDto>, ICampaignFields;

public sealed class CreateCampaignCommandValidator(IApplicationDbContext db) : CampaignFieldsValidator<CreateCampaignCommand>(db);

public sealed class CreateCampaignCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(CreateCampaignCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureDirectionIsActiveAsync(command.DirectionId, cancellationToken);
        var campaign = Campaign.Create(command.ToDetails(), clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }
}
