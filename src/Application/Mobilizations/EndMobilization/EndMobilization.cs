using Mediator;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Mobilizations.EndMobilization;

/// <summary>End a mobilisation: no more rosters, answers or call-ups.</summary>
public sealed record EndMobilizationCommand(Guid Id) : ICommand<MobilizationDto>;

public sealed class EndMobilizationCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<EndMobilizationCommand, MobilizationDto>
{
    public async ValueTask<MobilizationDto> Handle(EndMobilizationCommand command, CancellationToken cancellationToken)
    {
        var mobilization = await db.Mobilizations.FindAsync([command.Id], cancellationToken)
                           ?? throw new NotFoundException("Mobilization", command.Id);
        mobilization.End(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await MobilizationReads.GetAsync(db, command.Id, cancellationToken);
    }
}
