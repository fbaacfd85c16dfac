using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;

namespace Volunteers.Application.Directions.UpdateDirection;

/// <summary>Rename or re-describe a direction; its code never changes.</summary>
public sealed record UpdateDirectionCommand(int Id, LocalizedTextDto Name, LocalizedTextDto Description) : ICommand<DirectionDto>;

public sealed class UpdateDirectionCommandValidator : AbstractValidator<UpdateDirectionCommand>
{
    public UpdateDirectionCommandValidator()
    {
        RuleFor(x => x.Name).LocalizedText(100);
        RuleFor(x => x.Description).LocalizedText(1000);
    }
}

public sealed class UpdateDirectionCommandHandler(IApplicationDbContext db) : ICommandHandler<UpdateDirectionCommand, DirectionDto>
{
    public async ValueTask<DirectionDto> Handle(UpdateDirectionCommand command, CancellationToken cancellationToken)
    {
        var direction = await db.Directions.FindAsync([command.Id], cancellationToken)
                        ?? throw new NotFoundException("Direction", command.Id);
        direction.Update(command.Name.ToDomain(), command.Description.ToDomain());
        await db.SaveChangesAsync(cancellationToken);
        return direction.ToDto();
    }
}
