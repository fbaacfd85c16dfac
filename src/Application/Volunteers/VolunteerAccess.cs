using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers;

/// <summary>Who may see a volunteer's record: staff, and the volunteer themself — nobody else.</summary>
public static class VolunteerAccess
{
    public static void EnsureStaffOrSelf(this ICurrentUser user, Guid volunteerId)
    {
        if (!user.IsStaff() && !user.IsVolunteer(volunteerId))
        {
            throw new ForbiddenException("Only staff and the volunteer themself may see or change this volunteer's data.");
        }
    }

    /// <summary>The volunteer with their directions, tracked for a change, or a 404.</summary>
    public static async Task<Volunteer> GetForUpdateAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Volunteers.Include(v => v.Directions).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
        ?? throw new NotFoundException("Volunteer", id);
}
