using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;

namespace Volunteers.Application.Directions.CreateDirection;

/// <summary>Add a direction of work.</summary>
/// <param name="Code">A stable lowercase code, e.g. <c>animal-care</c>.</param>
/// <param name="Name">Name in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
public sealed record CreateDirectionCommand(string Code, LocalizedTextDto Name, LocalizedTextDto Description) : ICommand<DirectionDto>;

public sealed class CreateDirectionCommandValidator : AbstractValidator<CreateDirectionCommand>
{
    public CreateDirectionCommandValidator()
    {
        RuleFor(x => x.Code).RequiredText(40)
            .Matches("^[a-z][a-z0-9-]*$").WithMessage(_ => ValidationMessages.Get(MessageKeys.CodeInvalid));
        RuleFor(x => x.Name).LocalizedText(100);
        RuleFor(x => x.Description).LocalizedText(1000);
    }
}

public sealed class CreateDirectionCommandHandler(IApplicationDbContext db) : ICommandHandler<CreateDirectionCommand, DirectionDto>
{
    public async ValueTask<DirectionDto> Handle(CreateDirectionCommand command, CancellationToken cancellationToken)
    {
        if (await db.Directions.AnyAsync(d => d.Code == command.Code, cancellationToken))
        {
            throw new DomainRuleViolationException("direction-code-taken", $"A direction with code '{command.Code}' already exists.");
        }

        var direction = Direction.Create(command.Code, command.Name.ToDomain(), command.Description.ToDomain());
        db.Directions.Add(direction);
        await db.SaveChangesAsync(cancellationToken);
        return direction.ToDto();
    }
}
