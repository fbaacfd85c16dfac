using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.School.Progress.GetVolunteerTraining;

/// <summary>
/// A volunteer's progress through the school. Coordinators and admins see anyone's, a volunteer their own, a
/// trainer that of the members of their cohorts.
/// </summary>
public sealed record GetVolunteerTrainingQuery(Guid VolunteerId) : IQuery<VolunteerTrainingDto>;

public sealed class GetVolunteerTrainingQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetVolunteerTrainingQuery, VolunteerTrainingDto>
{
    public async ValueTask<VolunteerTrainingDto> Handle(GetVolunteerTrainingQuery query, CancellationToken cancellationToken)
    {
        var id = query.VolunteerId;
        await EnsureMayReadAsync(id, cancellationToken);

        var volunteer = await db.Volunteers.AsNoTracking().Where(v => v.Id == id)
                            .Select(v => new { v.Status, v.CurrentStage, v.SchoolPassedOn })
                            .SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException("Volunteer", id);
        var stages = await db.TrainingStages.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var results = (await db.StageResults.AsNoTracking().Where(r => r.VolunteerId == id).ToListAsync(cancellationToken))
            .OrderBy(r => r.DecidedOn).ThenBy(r => r.RecordedAt).ToList();
        var openCohorts = await db.TrainingCohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.Open && c.Members.Any(m => m.VolunteerId == id))
            .Select(c => new { c.Id, c.StageId, c.DirectionId })
            .ToListAsync(cancellationToken);
        var practiceShifts = await db.PracticeRecords.AsNoTracking().Where(p => p.VolunteerId == id)
            .Select(p => (int?)p.ShiftsCompleted).SingleOrDefaultAsync(cancellationToken);
        var inPractice = volunteer.Status == VolunteerStatus.Trainee && volunteer.CurrentStage == StageKind.Practice;

        var progress = stages.Select(stage =>
        {
            var isPractice = stage.Kind == StageKind.Practice;
            int? requiredShifts = isPractice ? stage.RequiredShifts : null;
            StageProgressDto Progress(StageProgressStatus status, Guid? cohortId = null, decimal? attendance = null, DateOnly? passedOn = null,
                int? directionId = null, int? shifts = null) =>
                new(stage.Id, stage.Order, stage.Kind, status, cohortId, attendance, passedOn, directionId, isPractice ? shifts ?? practiceShifts ?? 0 : null, requiredShifts);

            var passed = results.FirstOrDefault(r => r.StageId == stage.Id && r.IsPassed);
            if (passed is not null)
            {
                return Progress(StageProgressStatus.Passed, passed.CohortId, passed.AttendancePercent, passed.DecidedOn, passed.DirectionId, passed.ShiftsCompleted);
            }

            var open = openCohorts.FirstOrDefault(c => c.StageId == stage.Id);
            if (open is not null)
            {
                return Progress(StageProgressStatus.InProgress, open.Id, directionId: open.DirectionId);
            }

            if (isPractice && inPractice)
            {
                return Progress(StageProgressStatus.InProgress);
            }

            var failed = results.LastOrDefault(r => r.StageId == stage.Id);
            if (failed is not null)
            {
                return Progress(StageProgressStatus.Failed, failed.CohortId, failed.AttendancePercent, directionId: failed.DirectionId);
            }

            // Imported volunteers were trained before this system: the whole school is passed on their trainedOn date.
            return volunteer.SchoolPassedOn is { } schoolPassedOn
                ? Progress(StageProgressStatus.Passed, passedOn: schoolPassedOn)
                : Progress(StageProgressStatus.NotStarted);
        }).ToList();

        return new VolunteerTrainingDto(id, progress);
    }

    private async Task EnsureMayReadAsync(Guid volunteerId, CancellationToken cancellationToken)
    {
        var allowed = user.IsStaffOrSelf(volunteerId)
                      || (user.Role == Role.Trainer && await db.TrainingCohorts.AnyAsync(
                          c => c.TrainerId == user.AccountId && c.Members.Any(m => m.VolunteerId == volunteerId), cancellationToken));
        if (!allowed)
        {
            throw new ForbiddenException("Only staff, the volunteer themself and the trainers of their cohorts see their training.");
        }
    }
}
