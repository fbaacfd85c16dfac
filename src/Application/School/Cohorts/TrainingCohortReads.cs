using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts;

/// <summary>Loading a cohort, for a change or for display, in a few small queries rather than one cartesian join.</summary>
internal static class TrainingCohortReads
{
    /// <summary>The tracked cohort aggregate with its members and, when asked, its lessons and their attendance.</summary>
    public static async Task<TrainingCohort> LoadCohortAsync(this IApplicationDbContext db, Guid id, bool withLessons, CancellationToken cancellationToken)
    {
        var cohort = await db.TrainingCohorts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                     ?? throw new NotFoundException("Training cohort", id);
        await db.TrainingCohorts.Where(c => c.Id == id).SelectMany(c => c.Members).LoadAsync(cancellationToken);
        if (withLessons)
        {
            await db.TrainingCohorts.Where(c => c.Id == id).SelectMany(c => c.Lessons).Include(l => l.Attendance).LoadAsync(cancellationToken);
        }

        return cohort;
    }

    /// <summary>The cohort as the API shows it.</summary>
    public static async Task<TrainingCohortDto> ReadCohortAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var cohort = await db.TrainingCohorts.AsNoTracking().Where(c => c.Id == id).ProjectToListItem().SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("Training cohort", id);
        var members = await (
                from member in db.TrainingCohorts.Where(c => c.Id == id).SelectMany(c => c.Members)
                join volunteer in db.Volunteers on member.VolunteerId equals volunteer.Id
                orderby volunteer.LastName, volunteer.FirstName, member.VolunteerId
                select new { member.VolunteerId, volunteer.FirstName, volunteer.LastName, member.JoinedAt, member.DirectionOverridden, member.AddedBy })
            .AsNoTracking().ToListAsync(cancellationToken);
        var lessons = await db.TrainingCohorts.AsNoTracking().Where(c => c.Id == id).SelectMany(c => c.Lessons)
            .Include(l => l.Attendance).ToListAsync(cancellationToken);
        var results = await db.StageResults.AsNoTracking().Where(r => r.CohortId == id)
            .ToDictionaryAsync(r => r.VolunteerId, r => r.Outcome, cancellationToken);

        var memberDtos = members.Select(m =>
        {
            var attended = lessons.Count(l => l.WasPresent(m.VolunteerId));
            return new CohortMemberDto(m.VolunteerId, m.FirstName, m.LastName, m.JoinedAt, m.DirectionOverridden, m.AddedBy,
                attended, StageResult.AttendancePercentOf(attended, lessons.Count), results.TryGetValue(m.VolunteerId, out var outcome) ? outcome : null);
        }).ToList();
        var lessonDtos = lessons.OrderBy(l => l.StartsAt).ThenBy(l => l.Id).Select(l => l.ToDto()).ToList();

        return new TrainingCohortDto(cohort.Id, cohort.StageId, cohort.Stage, cohort.DirectionId, cohort.Title, cohort.StartsOn, cohort.Capacity,
            cohort.TrainerId, cohort.Status, cohort.MemberCount, cohort.CompletedOn, memberDtos, lessonDtos);
    }
}
