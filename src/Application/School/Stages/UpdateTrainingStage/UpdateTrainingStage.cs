using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;

namespace Volunteers.Application.School.Stages.UpdateTrainingStage;

/// <summary>Change how a stage is described and passed. Its order and kind are fixed.</summary>
/// <param name="Id">The stage.</param>
/// <param name="Name">Name in kk, ru and optionally en.</param>
/// <param name="Description">Description in kk, ru and optionally en.</param>
/// <param name="RequiredLessons">Lessons a cohort of this stage holds at least (1 or more).</param>
/// <param name="PassThresholdPercent">Attendance needed to pass, 1–100.</param>
/// <param name="RequiredShifts">Completed shifts needed (the practice stage), 0 or more.</param>
public sealed record UpdateTrainingStageCommand(
    int Id, LocalizedTextDto Name, LocalizedTextDto Description,
    int RequiredLessons, int PassThresholdPercent, int RequiredShifts) : ICommand<TrainingStageDto>;

public sealed class UpdateTrainingStageCommandValidator : AbstractValidator<UpdateTrainingStageCommand>
{
    public UpdateTrainingStageCommandValidator()
    {
        RuleFor(x => x.Name).LocalizedText(100);
        RuleFor(x => x.Description).LocalizedText(2000);
        RuleFor(x => x.RequiredLessons).InclusiveBetween(1, 200).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.PassThresholdPercent).InclusiveBetween(1, 100).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.RequiredShifts).InclusiveBetween(0, 100).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
    }
}

public sealed class UpdateTrainingStageCommandHandler(IApplicationDbContext db) : ICommandHandler<UpdateTrainingStageCommand, TrainingStageDto>
{
    public async ValueTask<TrainingStageDto> Handle(UpdateTrainingStageCommand command, CancellationToken cancellationToken)
    {
        var stage = await db.TrainingStages.FindAsync([command.Id], cancellationToken)
                    ?? throw new NotFoundException("Training stage", command.Id);
        stage.Update(command.Name.ToDomain(), command.Description.ToDomain(), command.RequiredLessons, command.PassThresholdPercent, command.RequiredShifts);
        await db.SaveChangesAsync(cancellationToken);
        return stage.ToDto();
    }
}
