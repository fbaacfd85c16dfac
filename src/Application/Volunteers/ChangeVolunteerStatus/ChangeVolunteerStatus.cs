using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.ChangeVolunteerStatus;

/// <summary>
/// Move a volunteer who finished the school between Active, Reserve, Suspended and Retired, with a reason. A trainee
/// becomes Active only by passing the school.
/// </summary>
public sealed record ChangeVolunteerStatusCommand(Guid Id, VolunteerStatus? Status, string? Reason) : ICommand;

public sealed class ChangeVolunteerStatusCommandValidator : AbstractValidator<ChangeVolunteerStatusCommand>
{
    public const int ReasonMaxLength = 500;

    public ChangeVolunteerStatusCommandValidator()
    {
        RuleFor(x => x.Status).NotNull().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired)).IsInEnum();
        RuleFor(x => x.Reason).RequiredText(ReasonMaxLength);
    }
}

public sealed class ChangeVolunteerStatusCommandHandler(IApplicationDbContext db) : ICommandHandler<ChangeVolunteerStatusCommand>
{
    public async ValueTask<Unit> Handle(ChangeVolunteerStatusCommand command, CancellationToken cancellationToken)
    {
        var volunteer = await db.GetForUpdateAsync(command.Id, cancellationToken);
        volunteer.ChangeStatus(command.Status!.Value, command.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
