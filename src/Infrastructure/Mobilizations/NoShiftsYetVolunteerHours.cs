using Volunteers.Application.Common.Interfaces;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Mobilizations;

/// <summary>
/// Volunteer hours before the campaigns feature (shifts, sign-ups, check-outs) is part of the build: there are no
/// completed shifts, so there are no hours. Replace at merge with the checked-out sign-ups projected to
/// <see cref="WorkedShift"/> (volunteer, check-out time, minutes) — the roster selection and the statistics already
/// compose it into their SQL.
/// </summary>
internal sealed class NoShiftsYetVolunteerHours(ApplicationDbContext db) : IVolunteerHours
{
    public IQueryable<WorkedShift> WorkedShifts =>
        db.Volunteers.Where(_ => false).Select(v => new WorkedShift { VolunteerId = v.Id, CheckedOutAt = v.CreatedAt, Minutes = 0 });
}
