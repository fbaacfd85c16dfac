using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers;

/// <summary>Loading a volunteer for a change; who may make it is <c>ICurrentUser.EnsureStaffOrSelf</c>.</summary>
public static class VolunteerAccess
{
    /// <summary>The volunteer with their directions, tracked for a change, or a 404.</summary>
    public static async Task<Volunteer> GetForUpdateAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Volunteers.Include(v => v.Directions).SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
        ?? throw new NotFoundException("Volunteer", id);
}
