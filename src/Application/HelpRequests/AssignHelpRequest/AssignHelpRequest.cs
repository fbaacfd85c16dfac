using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Shifts;
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
        var (shift, campaign) = await ShiftRoster.FindWithCampaignAsync(db, command.ShiftId, cancellationToken);
        request.AssignTo(shift, campaign, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return request.ToDto();
    }
}
