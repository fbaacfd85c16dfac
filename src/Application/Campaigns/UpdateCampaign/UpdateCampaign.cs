using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;

namespace Volunteers.Application.Campaigns.UpdateCampaign;

/// <summary>
/// Edit a campaign that is not yet completed or cancelled. <paramref name="ExpectedVersion"/> comes from the client's
/// <c>If-Match</c>: an edit based on an older version is refused (412), never silently applied over someone else's.
/// </summary>
public sealed record UpdateCampaignCommand(
    Guid Id,
    int ExpectedVersion,
    LocalizedTextDto Title,
    LocalizedTextDto Description,
    int DirectionId,
    CampaignKind? Kind,
    string? District,
    string? Location,
    DateOnly StartsOn,
    DateOnly EndsOn) : ICommand<CampaignDto>, ICampaignFields;

public sealed class UpdateCampaignCommandValidator(IApplicationDbContext db) : CampaignFieldsValidator<UpdateCampaignCommand>(db);

public sealed class UpdateCampaignCommandHandler(IApplicationDbContext db, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<UpdateCampaignCommand, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(UpdateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(Campaign), command.Id);
        if (campaign.Version != command.ExpectedVersion)
        {
            throw new PreconditionFailedException(
                $"The campaign is at version {campaign.Version}, not {command.ExpectedVersion}: someone changed it. Fetch it again and retry.");
        }

        if (command.DirectionId != campaign.DirectionId)
        {
            await db.EnsureDirectionIsActiveAsync(command.DirectionId, cancellationToken);
        }

        var details = command.ToDetails();
        campaign.Update(details, clock.GetUtcNow());
        await EnsureShiftsStillFitAsync(campaign, cancellationToken);

        // The version loaded is the one the client saw; if another save slips in before this one, the concurrency
        // token makes this save fail (409) instead of overwriting it.
        await db.SaveChangesAsync(cancellationToken);
        return campaign.ToDto();
    }

    private async Task EnsureShiftsStillFitAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.CampaignId == campaign.Id)
            .Select(s => new { s.StartsAt, s.EndsAt })
            .ToListAsync(cancellationToken);
        if (shifts.Any(s => !campaign.Covers(s.StartsAt, s.EndsAt, calendar.TimeZone)))
        {
            throw new DomainRuleViolationException("campaign-shifts-outside-dates",
                "The campaign has shifts outside the new dates; move or keep the dates so that every shift fits.");
        }
    }
}
