using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Infrastructure.Persistence;

/// <summary>
/// The seat counters of a shift as conditional UPDATEs that the database evaluates atomically. The roster lock is an
/// UPDATE of the shift's row, which SQL Server and PostgreSQL keep row-locked and SQLite keeps write-locked (its transactions begin
/// IMMEDIATE) until commit.
/// </summary>
internal sealed class ShiftSeats(ApplicationDbContext db) : IShiftSeats
{
    public async Task<int> LockRosterAsync(Guid shiftId, CancellationToken cancellationToken)
    {
        var locked = await db.Shifts.Where(s => s.Id == shiftId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RosterVersion, x => x.RosterVersion + 1), cancellationToken);
        if (locked == 0)
        {
            throw new NotFoundException(nameof(Shift), shiftId);
        }

        return await db.Shifts.Where(s => s.Id == shiftId).Select(s => s.RosterVersion).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// An UPDATE of the volunteer's row that changes nothing (an unindexed column set to itself) but takes the row's
    /// lock. SQLite serialises all writes anyway.
    /// </summary>
    public Task LockVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.MessageLanguage, v => v.MessageLanguage), cancellationToken);

    public async Task<bool> TryTakeSeatAsync(Guid shiftId, CancellationToken cancellationToken) =>
        await db.Shifts.Where(s => s.Id == shiftId && s.ConfirmedCount < s.Capacity && s.WaitlistedCount == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount + 1), cancellationToken) == 1;

    public async Task<int> JoinWaitlistAsync(Guid shiftId, CancellationToken cancellationToken)
    {
        await db.Shifts.Where(s => s.Id == shiftId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.WaitlistedCount, x => x.WaitlistedCount + 1), cancellationToken);
        return await db.Shifts.Where(s => s.Id == shiftId).Select(s => s.WaitlistedCount).SingleAsync(cancellationToken);
    }

    public Task ReleaseSeatAsync(Guid shiftId, CancellationToken cancellationToken) =>
        db.Shifts.Where(s => s.Id == shiftId && s.ConfirmedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount - 1), cancellationToken);

    public Task LeaveWaitlistAsync(Guid shiftId, CancellationToken cancellationToken) =>
        db.Shifts.Where(s => s.Id == shiftId && s.WaitlistedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.WaitlistedCount, x => x.WaitlistedCount - 1), cancellationToken);
}
