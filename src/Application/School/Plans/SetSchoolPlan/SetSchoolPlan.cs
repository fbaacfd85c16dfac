using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.School.Plans.GetSchoolPlanFigures;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Plans.SetSchoolPlan;

/// <summary>Set (or change) how many trainees the school plans to take in a year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Target">Trainees planned, e.g. 300.</param>
public sealed record SetSchoolPlanCommand(int Year, int Target) : ICommand<SchoolPlanFiguresDto>;

public sealed class SetSchoolPlanCommandValidator : AbstractValidator<SetSchoolPlanCommand>
{
    public const int MaxTarget = 100_000;

    public SetSchoolPlanCommandValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(SchoolPlan.FirstYear, SchoolPlan.LastYear).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.Target).InclusiveBetween(1, MaxTarget).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
    }
}

public sealed class SetSchoolPlanCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<SetSchoolPlanCommand, SchoolPlanFiguresDto>
{
    public async ValueTask<SchoolPlanFiguresDto> Handle(SetSchoolPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.SchoolPlans.SingleOrDefaultAsync(p => p.Year == command.Year, cancellationToken);
        if (plan is null)
        {
            db.SchoolPlans.Add(SchoolPlan.Create(command.Year, command.Target, clock.GetUtcNow()));
        }
        else
        {
            plan.ChangeTarget(command.Target, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.SchoolPlanFiguresAsync(command.Year, cancellationToken);
    }
}
