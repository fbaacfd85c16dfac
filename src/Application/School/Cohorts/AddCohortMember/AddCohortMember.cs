using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts.AddCohortMember;

/// <summary>Enrol a volunteer in a cohort.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="VolunteerId">A trainee who has reached the cohort's stage, or an active volunteer adding a specialisation.</param>
/// <param name="OverrideDirection">Enrol in a specialisation outside the volunteer's chosen directions (recorded on the membership).</param>
public sealed record AddCohortMemberCommand(Guid CohortId, Guid VolunteerId, bool OverrideDirection) : ICommand<CohortMemberDto>;

public sealed class AddCohortMemberCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddCohortMemberCommand, CohortMemberDto>
{
    public async ValueTask<CohortMemberDto> Handle(AddCohortMemberCommand command, CancellationToken cancellationToken)
    {
        var cohort = await db.LoadCohortAsync(command.CohortId, withLessons: false, cancellationToken);
        var volunteer = await db.Volunteers.Include(v => v.Directions).SingleOrDefaultAsync(v => v.Id == command.VolunteerId, cancellationToken)
                        ?? throw new NotFoundException("Volunteer", command.VolunteerId);

        var inOpenCohortOfStage = await db.TrainingCohorts.AnyAsync(
            c => c.Id != cohort.Id && c.StageId == cohort.StageId && c.Status == CohortStatus.Open && c.Members.Any(m => m.VolunteerId == volunteer.Id),
            cancellationToken);
        List<int> passedDirections = cohort.Stage == StageKind.Specialization
            ? await db.StageResults
                .Where(r => r.VolunteerId == volunteer.Id && r.StageId == cohort.StageId && r.Outcome == StageOutcome.Passed && r.DirectionId != null)
                .Select(r => r.DirectionId!.Value)
                .ToListAsync(cancellationToken)
            : [];

        var member = cohort.Enrol(volunteer, new EnrolmentHistory(inOpenCohortOfStage, passedDirections), command.OverrideDirection, user.AccountId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new CohortMemberDto(member.VolunteerId, volunteer.FirstName, volunteer.LastName, member.JoinedAt, member.DirectionOverridden, member.AddedBy,
            LessonsAttended: 0, AttendancePercent: 0m, Result: null);
    }
}
