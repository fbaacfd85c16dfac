using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests.AssignHelpRequest;

/// <summary>Give a new request to a shift of a campaign that is not completed or cancelled.</summary>
public sealed record AssignHelpRequestCommand(Guid Id, Guid ShiftId) : ICommand<HelpRequestDto>;

public sealed class AssignHelpRequestCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<AssignHelpRequestCommand, HelpRequestDto>
{
    public async ValueTask<HelpRequestDto> Handle(AssignHelpRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.HelpRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
                      ?? throw new NotFoundException(nameof(HelpRequest), command.Id);
        var target = await db.Shifts.AsNoTracking()
                         .Where(s => s.Id == command.ShiftId)
                         .Join(db.Campaigns.AsNoTracking(), s => s.CampaignId, c => c.Id, (s, c) => new { Shift = s, Campaign = c })
                         .SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException(nameof(Shift), command.ShiftId);
        request.AssignTo(target.Shift, target.Campaign, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return request.ToDto();
    }
}
