using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts;

/// <summary>What a cancellation does to the roster — the one path of the volunteer's own, staff's and the attendance link's.</summary>
internal static class SeatRelease
{
    /// <summary>
    /// After <paramref name="signUp"/> was cancelled (inside a transaction that locked the shift's roster): a waiting
    /// place is given up; a seat goes at once to the first volunteer on the waitlist, or back to the free seats.
    /// </summary>
    public static async Task AfterCancellationAsync(
        IApplicationDbContext db, IShiftSeats seats, SignUp signUp, bool hadSeat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!hadSeat)
        {
            await seats.LeaveWaitlistAsync(signUp.ShiftId, cancellationToken);
        }
        else if (await db.SignUps
                     .Where(s => s.ShiftId == signUp.ShiftId && s.Status == SignUpStatus.Waitlisted)
                     .OrderBy(s => s.Ticket)
                     .FirstOrDefaultAsync(cancellationToken) is { } next)
        {
            next.Promote(now);
            await seats.LeaveWaitlistAsync(signUp.ShiftId, cancellationToken);
        }
        else
        {
            await seats.ReleaseSeatAsync(signUp.ShiftId, cancellationToken);
        }
    }
}
