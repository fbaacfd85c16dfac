using FluentValidation;
using Mediator;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;

namespace Volunteers.Application.School.Cohorts.RecordAttendance;

/// <summary>Record who was present at a lesson, replacing what was recorded before.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="LessonId">The lesson.</param>
/// <param name="PresentVolunteerIds">Every member present (an empty list: nobody came).</param>
public sealed record RecordAttendanceCommand(Guid CohortId, Guid LessonId, IReadOnlyList<Guid>? PresentVolunteerIds) : ICommand<TrainingLessonDto>;

public sealed class RecordAttendanceCommandValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceCommandValidator() =>
        RuleFor(x => x.PresentVolunteerIds).NotNull().WithMessage(_ => ValidationMessages.Get(MessageKeys.TextRequired));
}

public sealed class RecordAttendanceCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<RecordAttendanceCommand, TrainingLessonDto>
{
    public async ValueTask<TrainingLessonDto> Handle(RecordAttendanceCommand command, CancellationToken cancellationToken)
    {
        var cohort = await db.LoadCohortAsync(command.CohortId, withLessons: true, cancellationToken);
        user.EnsureCanTeach(cohort);
        if (cohort.Lessons.All(l => l.Id != command.LessonId))
        {
            throw new NotFoundException("Lesson", command.LessonId);
        }

        var lesson = cohort.RecordAttendance(command.LessonId, command.PresentVolunteerIds!);
        await db.SaveChangesAsync(cancellationToken);
        return lesson.ToDto();
    }
}
