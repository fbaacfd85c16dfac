using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts.CreateTrainingCohort;

/// <summary>Open a school group of stage 1 (introductory) or stage 2 (specialisation, in one direction).</summary>
/// <param name="StageId">The stage: 1 introductory or 2 specialisation (the practice stage has no cohorts).</param>
/// <param name="DirectionId">The direction trained in: required for the specialisation, not allowed otherwise.</param>
/// <param name="Title">What staff call the group, e.g. "Introductory course, March 2026".</param>
/// <param name="StartsOn">The first day (HQ date).</param>
/// <param name="Capacity">Most members the group takes (1 or more).</param>
/// <param name="TrainerId">The staff account (role Trainer) who teaches it; optional.</param>
public sealed record CreateTrainingCohortCommand(int StageId, int? DirectionId, string Title, DateOnly StartsOn, int Capacity, Guid? TrainerId)
    : ICommand<TrainingCohortDto>;

public sealed class CreateTrainingCohortCommandValidator : AbstractValidator<CreateTrainingCohortCommand>
{
    public const int MaxCapacity = 1000;

    public CreateTrainingCohortCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.StageId)
            .MustAsync((id, ct) => db.TrainingStages.AnyAsync(s => s.Id == id, ct))
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.StageUnknown));
        RuleFor(x => x.DirectionId).ActiveDirection(db);
        RuleFor(x => x.Title).RequiredText(200);
        RuleFor(x => x.StartsOn).NotEqual(default(DateOnly)).WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired));
        RuleFor(x => x.Capacity).InclusiveBetween(1, MaxCapacity).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.TrainerId)
            .MustAsync((id, ct) => db.UserAccounts.AnyAsync(a => a.Id == id && a.IsActive && a.Role == Role.Trainer, ct))
            .When(x => x.TrainerId is not null)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.TrainerInvalid));
    }
}

public sealed class CreateTrainingCohortCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateTrainingCohortCommand, TrainingCohortDto>
{
    public async ValueTask<TrainingCohortDto> Handle(CreateTrainingCohortCommand command, CancellationToken cancellationToken)
    {
        var stage = await db.TrainingStages.SingleAsync(s => s.Id == command.StageId, cancellationToken);
        var cohort = TrainingCohort.Create(stage, command.DirectionId, command.Title.Trim(), command.StartsOn, command.Capacity, command.TrainerId, clock.GetUtcNow());
        db.TrainingCohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadCohortAsync(cohort.Id, cancellationToken);
    }
}
