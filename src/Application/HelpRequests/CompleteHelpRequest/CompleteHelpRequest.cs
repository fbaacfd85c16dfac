using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests.CompleteHelpRequest;

/// <summary>Mark an assigned request as done. The request refuses any other transition (409).</summary>
public sealed record CompleteHelpRequestCommand(Guid Id) : ICommand<HelpRequestDto>;

public sealed class CompleteHelpRequestCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CompleteHelpRequestCommand, HelpRequestDto>
{
    public async ValueTask<HelpRequestDto> Handle(CompleteHelpRequestCommand command, CancellationToken cancellationToken)
    {
        var request = await db.HelpRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
                      ?? throw new NotFoundException(nameof(HelpRequest), command.Id);
        request.Complete(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return request.ToDto();
    }
}
