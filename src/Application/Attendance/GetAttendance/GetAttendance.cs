using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Attendance.GetAttendance;

/// <summary>What an attendance link is about (anonymous: the token is the credential); a cancelled seat's link is dead.</summary>
public sealed record GetAttendanceQuery(string Token) : IQuery<AttendanceDto>;

public sealed class GetAttendanceQueryHandler(IApplicationDbContext db, ISecretGenerator secrets, TimeProvider clock)
    : IQueryHandler<GetAttendanceQuery, AttendanceDto>
{
    public async ValueTask<AttendanceDto> Handle(GetAttendanceQuery query, CancellationToken cancellationToken)
    {
        var (signUp, shift, campaign) = await AttendanceLinks.FindLiveAsync(db, secrets, query.Token, clock.GetUtcNow(), cancellationToken);
        if (signUp.Status == SignUpStatus.Cancelled)
        {
            throw new NotFoundException("The attendance link is unknown or no longer works.");
        }

        var firstName = await db.Volunteers.AsNoTracking().Where(v => v.Id == signUp.VolunteerId).Select(v => v.FirstName).SingleAsync(cancellationToken);
        return AttendanceLinks.ToDto(signUp, shift, campaign, firstName);
    }
}
