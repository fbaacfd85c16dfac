using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Application.School.Progress.StartPractice;

namespace Volunteers.Application.School.Cohorts.CompleteTrainingCohort;

/// <summary>
/// Close a cohort: members whose attendance meets the stage's threshold pass the stage and move on (stage 1 to the
/// specialisation, stage 2 to practice, whose record <see cref="StartPracticeOnEnteringPractice"/> starts in the same
/// save); the others fail it and may join a later cohort.
/// </summary>
public sealed record CompleteTrainingCohortCommand(Guid CohortId) : ICommand<TrainingCohortDto>;

public sealed class CompleteTrainingCohortCommandHandler(IApplicationDbContext db, ICurrentUser user, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<CompleteTrainingCohortCommand, TrainingCohortDto>
{
    public async ValueTask<TrainingCohortDto> Handle(CompleteTrainingCohortCommand command, CancellationToken cancellationToken)
    {
        var cohort = await db.LoadCohortAsync(command.CohortId, withLessons: true, cancellationToken);
        user.EnsureCanTeach(cohort);
        var stage = await db.TrainingStages.SingleAsync(s => s.Id == cohort.StageId, cancellationToken);
        var memberIds = cohort.Members.Select(m => m.VolunteerId).ToList();
        var members = await db.Volunteers.Where(v => memberIds.Contains(v.Id)).ToListAsync(cancellationToken);

        var results = cohort.Complete(stage, members, calendar.Today, clock.GetUtcNow());
        db.StageResults.AddRange(results);

        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadCohortAsync(cohort.Id, cancellationToken);
    }
}
