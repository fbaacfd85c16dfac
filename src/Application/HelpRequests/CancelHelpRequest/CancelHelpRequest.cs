using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests.CancelHelpRequest;

/// <summary>Cancel a request that is new or assigned. The request refuses any other transition (409).</summary>
public sealed record CancelHelpRequestCommand(Guid Id) : ICommand<HelpRequestDto>;

public sealed class CancelHelpRequestCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CancelHelpRequestCommand, HelpRequestDto>
{
    public async ValueTask<HelpRequestDto> Handle(CancelHelpRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.HelpRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
                      ?? throw new NotFoundException(nameof(HelpRequest), command.Id);
        request.Cancel(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return request.ToDto();
    }
}
