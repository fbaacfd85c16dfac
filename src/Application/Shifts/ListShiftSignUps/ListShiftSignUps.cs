using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts.ListShiftSignUps;

/// <summary>Who is on a shift (staff): seated volunteers, then the waitlist in order, then cancellations.</summary>
public sealed record ListShiftSignUpsQuery(Guid ShiftId) : IQuery<IReadOnlyList<ShiftSignUpDto>>;

/// <summary>A sign-up as staff see it, with the volunteer's name.</summary>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="FullName">Last, first and middle name.</param>
/// <param name="Status">Confirmed, Waitlisted or Cancelled.</param>
/// <param name="Position">Place in the waitlist, while waitlisted.</param>
/// <param name="SignedUpAt">When the volunteer signed up.</param>
/// <param name="CheckedInAt">Arrival.</param>
/// <param name="CheckedOutAt">Departure.</param>
/// <param name="Hours">Check-out minus check-in, in hours.</param>
/// <param name="Answer">What the volunteer answered from their reminder's link: Coming, NotComing, or null.</param>
public sealed record ShiftSignUpDto(
    Guid VolunteerId,
    string FullName,
    SignUpStatus Status,
    int? Position,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    double? Hours,
    AttendanceAnswer? Answer);

public sealed class ListShiftSignUpsQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<ListShiftSignUpsQuery, IReadOnlyList<ShiftSignUpDto>>
{
    public async ValueTask<IReadOnlyList<ShiftSignUpDto>> Handle(ListShiftSignUpsQuery query, CancellationToken cancellationToken)
    {
        var (shift, _) = await ShiftRoster.FindVisibleAsync(db, user, query.ShiftId, cancellationToken);
        var rows = await db.SignUps.AsNoTracking()
            .Where(s => s.ShiftId == shift.Id)
            .Join(db.Volunteers.AsNoTracking(), s => s.VolunteerId, v => v.Id, (s, v) => new
            {
                SignUp = s,
                v.LastName,
                v.FirstName,
                v.MiddleName,
            })
            .OrderBy(r => r.SignUp.Ticket)
            .ToListAsync(cancellationToken);

        var waitlistPosition = 0;
        return
        [
            .. rows
                .Select(r => new ShiftSignUpDto(
                    r.SignUp.VolunteerId,
                    FullName(r.LastName, r.FirstName, r.MiddleName),
                    r.SignUp.Status,
                    r.SignUp.Status == SignUpStatus.Waitlisted ? ++waitlistPosition : null,
                    r.SignUp.SignedUpAt,
                    r.SignUp.CheckedInAt,
                    r.SignUp.CheckedOutAt,
                    WorkedHours.FromMinutes(r.SignUp.WorkedMinutes),
                    r.SignUp.Answer))
                .OrderBy(r => r.Status)
                .ThenBy(r => r.Position),
        ];
    }

    private static string FullName(string lastName, string firstName, string? middleName) =>
        string.Join(' ', new[] { lastName, firstName, middleName }.Where(n => !string.IsNullOrWhiteSpace(n)));
}
