using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>The check-in codes and their wrong tries as conditional UPDATEs, so that parallel requests on any instance agree.</summary>
internal sealed class CheckInCodes(ApplicationDbContext db) : ICheckInCodes
{
    public async Task<string> CurrentAsync(Guid shiftId, CancellationToken cancellationToken)
    {
        // Only the first issue wins; whoever raced with it reads the winner's code below.
        var code = CheckInCode.New();
        await db.Shifts.Where(s => s.Id == shiftId && s.CheckInCode == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.CheckInCode, code), cancellationToken);
        return await db.Shifts.Where(s => s.Id == shiftId).Select(s => s.CheckInCode).SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException(nameof(Shift), shiftId);
    }

    public async Task<string> RotateAsync(Guid shiftId, CancellationToken cancellationToken)
    {
        var code = CheckInCode.New();
        var rotated = await db.Shifts.Where(s => s.Id == shiftId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.CheckInCode, code), cancellationToken);
        return rotated == 1 ? code : throw new NotFoundException(nameof(Shift), shiftId);
    }

    public async Task<DateTimeOffset?> TryCountTryAsync(Guid signUpId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A window that began at or before this instant is over: the try starts a new one.
        var over = now - CheckInCode.WrongTriesWindow;
        DateTimeOffset? newWindow = now;
        var counted = await db.SignUps
            .Where(s => s.Id == signUpId
                        && (s.WrongCodesSince == null || s.WrongCodesSince <= over || s.WrongCodeCount < CheckInCode.MaxWrongTries))
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.WrongCodeCount, s => s.WrongCodesSince == null || s.WrongCodesSince <= over ? 1 : s.WrongCodeCount + 1)
                .SetProperty(s => s.WrongCodesSince, s => s.WrongCodesSince == null || s.WrongCodesSince <= over ? newWindow : s.WrongCodesSince),
                cancellationToken);
        if (counted == 1)
        {
            return null;
        }

        var began = await db.SignUps.Where(s => s.Id == signUpId).Select(s => s.WrongCodesSince).SingleAsync(cancellationToken);
        return (began ?? now) + CheckInCode.WrongTriesWindow;
    }

    public Task ForgetTriesAsync(Guid signUpId, CancellationToken cancellationToken) =>
        db.SignUps.Where(s => s.Id == signUpId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.WrongCodeCount, 0).SetProperty(s => s.WrongCodesSince, (DateTimeOffset?)null), cancellationToken);
}

/// <summary>
/// The no-show pass as one UPDATE whose condition the database re-checks row by row, so that passes running at once on
/// several instances mark each sign-up once, and a check-in that lands first keeps its sign-up out.
/// </summary>
internal sealed class NoShowMarking(ApplicationDbContext db) : INoShowMarking
{
    public Task<int> MarkAsync(DateTimeOffset endedBy, CancellationToken cancellationToken) =>
        db.SignUps.Where(SignUp.Unattended)
            .Where(s => db.Shifts.Any(shift => shift.Id == s.ShiftId && shift.EndsAt <= endedBy))
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SignUpStatus.NoShow)
                .SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
}
