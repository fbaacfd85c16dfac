using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.GetSignUp;

/// <summary>A volunteer's latest sign-up on a shift, with their current waitlist position (the volunteer themself, or staff).</summary>
public sealed record GetSignUpQuery(Guid ShiftId, Guid VolunteerId) : IQuery<SignUpDto>;

public sealed class GetSignUpQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetSignUpQuery, SignUpDto>
{
    public async ValueTask<SignUpDto> Handle(GetSignUpQuery query, CancellationToken cancellationToken)
    {
        user.EnsureMayActFor(query.VolunteerId);
        var (shift, _) = await ShiftRoster.FindVisibleAsync(db, user, query.ShiftId, cancellationToken);
        var signUp = await db.SignUps.AsNoTracking()
                         .Where(s => s.ShiftId == shift.Id && s.VolunteerId == query.VolunteerId)
                         .OrderByDescending(s => s.Ticket)
                         .FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException($"The volunteer '{query.VolunteerId}' has no sign-up on shift '{query.ShiftId}'.");
        var position = signUp.Status == SignUpStatus.Waitlisted ? await ShiftRoster.PositionAsync(db, signUp, cancellationToken) : (int?)null;
        return SignUpDto.From(signUp, position);
    }
}
