namespace Volunteers.Application.Common.Interfaces;

/// <summary>
/// Where volunteer hours come from: every completed (checked-out) shift, as a query that callers compose into their
/// own SQL — the roster selection sums the last 30 days per volunteer inside its ranking query, the statistics sum
/// everything. Never materialise it.
/// </summary>
public interface IVolunteerHours
{
    IQueryable<WorkedShift> WorkedShifts { get; }
}

/// <summary>One completed shift of one volunteer: when it ended and how many minutes it lasted.</summary>
public sealed class WorkedShift
{
    public Guid VolunteerId { get; init; }
    public DateTimeOffset CheckedOutAt { get; init; }
    public int Minutes { get; init; }
}
