using Volunteers.Application.Common.Interfaces;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Mobilizations;

/// <summary>Volunteer hours are the checked-out sign-ups; the roster selection and the statistics compose this into their SQL.</summary>
internal sealed class SignUpVolunteerHours(ApplicationDbContext db) : IVolunteerHours
{
    public IQueryable<WorkedShift> WorkedShifts =>
        db.SignUps
            .Where(s => s.CheckedOutAt != null && s.WorkedMinutes != null)
            .Select(s => new WorkedShift { VolunteerId = s.VolunteerId, CheckedOutAt = s.CheckedOutAt!.Value, Minutes = s.WorkedMinutes!.Value });
}
