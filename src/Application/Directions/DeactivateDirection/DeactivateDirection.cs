using Mediator;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Directions.DeactivateDirection;

/// <summary>Stop offering a direction. It stays in the data so that what references it keeps its meaning.</summary>
public sealed record DeactivateDirectionCommand(int Id) : ICommand<DirectionDto>;

public sealed class DeactivateDirectionCommandHandler(IApplicationDbContext db) : ICommandHandler<DeactivateDirectionCommand, DirectionDto>
{
    public async ValueTask<DirectionDto> Handle(DeactivateDirectionCommand command, CancellationToken cancellationToken)
    {
        var direction = await db.Directions.FindAsync([command.Id], cancellationToken)
                        ?? throw new NotFoundException("Direction", command.Id);
        direction.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return direction.ToDto();
    }
}
