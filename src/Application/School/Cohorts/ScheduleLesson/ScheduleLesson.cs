using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.School.Cohorts.ScheduleLesson;

/// <summary>Add a lesson to a cohort.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Topic">What the lesson is about, e.g. "First aid: bleeding".</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="DurationMinutes">How long it lasts, 1 to 1440 minutes.</param>
/// <param name="Location">Where it is held.</param>
public sealed record ScheduleLessonCommand(Guid CohortId, string Topic, DateTimeOffset StartsAt, int DurationMinutes, string Location)
    : ICommand<TrainingLessonDto>;

public sealed class ScheduleLessonCommandValidator : AbstractValidator<ScheduleLessonCommand>
{
    public ScheduleLessonCommandValidator()
    {
        RuleFor(x => x.Topic).RequiredText(200);
        RuleFor(x => x.StartsAt).NotEqual(default(DateTimeOffset)).WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired));
        RuleFor(x => x.DurationMinutes).InclusiveBetween(1, 24 * 60).WithMessage(_ => ValidationMessages.Get(MessageKeys.RangeBetween));
        RuleFor(x => x.Location).RequiredText(300);
    }
}

public sealed class ScheduleLessonCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ScheduleLessonCommand, TrainingLessonDto>
{
    public async ValueTask<TrainingLessonDto> Handle(ScheduleLessonCommand command, CancellationToken cancellationToken)
    {
        var cohort = await db.LoadCohortAsync(command.CohortId, withLessons: false, cancellationToken);
        user.EnsureCanTeach(cohort);
        var lesson = cohort.ScheduleLesson(command.Topic.Trim(), command.StartsAt, command.DurationMinutes, command.Location.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return lesson.ToDto();
    }
}
