using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Training;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.TrainingCohorts.CompleteTrainingCohort;

/// <summary>
/// Close a cohort: members whose attendance meets the stage's threshold pass the stage and move on (stage 1 to the
/// specialisation, stage 2 to practice); the others fail it and may join a later cohort.
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

        var today = calendar.Today;
        var results = cohort.Complete(stage, members, today, clock.GetUtcNow());
        db.StageResults.AddRange(results);

        var passed = results.Where(r => r.IsPassed).Select(r => r.VolunteerId).ToHashSet();
        var nowInPractice = members
            .Where(v => passed.Contains(v.Id) && v.Status == VolunteerStatus.Trainee && v.CurrentStage == StageKind.Practice)
            .Select(v => v.Id).ToList();
        if (cohort.Stage == StageKind.Specialization && nowInPractice.Count > 0)
        {
            var started = await db.PracticeRecords.Where(p => nowInPractice.Contains(p.VolunteerId)).Select(p => p.VolunteerId).ToListAsync(cancellationToken);
            db.PracticeRecords.AddRange(nowInPractice.Except(started).Select(id => PracticeRecord.Start(id, today)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadCohortAsync(cohort.Id, cancellationToken);
    }
}
