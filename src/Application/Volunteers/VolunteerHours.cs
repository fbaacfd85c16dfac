using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Volunteers;

/// <summary>
/// A volunteer's hours, behind <c>hours</c> in the volunteer's record, the registry list and
/// <c>GET /volunteers/{id}/hours</c>: the worked minutes (check-out minus check-in) of their worked sign-ups
/// (<see cref="SignUp.Worked"/>, the one definition), summed by the database and shown as hours by <see cref="WorkedHours"/>.
/// </summary>
public static class VolunteerHours
{
    /// <summary>The checked-out sign-ups of <paramref name="volunteerId"/>: the ones whose time counts.</summary>
    public static IQueryable<SignUp> WorkedBy(this IQueryable<SignUp> signUps, Guid volunteerId) =>
        signUps.Where(SignUp.Worked).Where(s => s.VolunteerId == volunteerId);

    /// <summary>All hours of one volunteer.</summary>
    public static async Task<double> TotalAsync(IApplicationDbContext db, Guid volunteerId, CancellationToken cancellationToken) =>
        WorkedHours.FromTotalMinutes(await db.SignUps.AsNoTracking().WorkedBy(volunteerId).SumAsync(s => (long)s.WorkedMinutes!.Value, cancellationToken));

    /// <summary>All hours of each of <paramref name="volunteerIds"/> (a page of the registry) in one query; 0 for those without any.</summary>
    public static async Task<IReadOnlyDictionary<Guid, double>> TotalsAsync(
        IApplicationDbContext db, IReadOnlyCollection<Guid> volunteerIds, CancellationToken cancellationToken)
    {
        if (volunteerIds.Count == 0)
        {
            return new Dictionary<Guid, double>();
        }

        var minutes = await db.SignUps.AsNoTracking()
            .Where(SignUp.Worked)
            .Where(s => volunteerIds.Contains(s.VolunteerId))
            .GroupBy(s => s.VolunteerId)
            .Select(g => new { VolunteerId = g.Key, Minutes = g.Sum(s => (long)s.WorkedMinutes!.Value) })
            .ToListAsync(cancellationToken);
        var totals = minutes.ToDictionary(m => m.VolunteerId, m => WorkedHours.FromTotalMinutes(m.Minutes));
        return volunteerIds.Distinct().ToDictionary(id => id, id => totals.GetValueOrDefault(id));
    }
}
