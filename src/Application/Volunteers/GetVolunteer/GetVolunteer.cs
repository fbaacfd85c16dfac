using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Volunteers.GetVolunteer;

/// <summary>One volunteer's record: for staff and for the volunteer themself.</summary>
public sealed record GetVolunteerQuery(Guid Id) : IQuery<VolunteerDto>;

public sealed class GetVolunteerQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetVolunteerQuery, VolunteerDto>
{
    public async ValueTask<VolunteerDto> Handle(GetVolunteerQuery query, CancellationToken cancellationToken)
    {
        user.EnsureStaffOrSelf(query.Id);
        var volunteer = await db.Volunteers.AsNoTracking().Include(v => v.Directions).SingleOrDefaultAsync(v => v.Id == query.Id, cancellationToken)
                        ?? throw new NotFoundException("Volunteer", query.Id);

        var noShows = await db.SignUps.CountAsync(s => s.VolunteerId == volunteer.Id && s.Status == SignUpStatus.NoShow, cancellationToken);
        return volunteer.ToDto(hours: await VolunteerHours.TotalAsync(db, volunteer.Id, cancellationToken), noShows);
    }
}
