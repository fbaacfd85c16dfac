using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Campaigns;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Shifts;

/// <summary>
/// The seats of a shift, kept by the database so that capacity holds under any concurrency, on every provider.
/// <para>
/// A roster change (sign-up, cancellation with promotion) runs in one transaction that first <see cref="LockAsync"/>s
/// the shift: an UPDATE of its row, which SQL Server keeps row-locked and SQLite keeps write-locked (its transactions
/// begin IMMEDIATE) until commit, so roster changes of one shift happen one after another. The seat itself is taken
/// by a conditional UPDATE (<see cref="TryTakeSeatAsync"/>) that the database evaluates atomically, and a CHECK
/// constraint (<c>ConfirmedCount &lt;= Capacity</c>) refuses any write that would overbook the shift.
/// </para>
/// </summary>
internal static class ShiftRoster
{
    /// <summary>Serialises the shift's roster changes until commit and returns the new roster version: the FIFO ticket.</summary>
    public static async Task<int> LockAsync(IApplicationDbContext db, Guid shiftId, CancellationToken cancellationToken)
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
    /// Serialises one volunteer's sign-ups until commit — an UPDATE of their row that changes nothing (an unindexed
    /// column set to itself) but takes the row's lock — so two overlapping shifts cannot be taken at the same moment.
    /// SQLite serialises all writes anyway.
    /// </summary>
    public static Task LockVolunteerAsync(IApplicationDbContext db, Guid volunteerId, CancellationToken cancellationToken) =>
        db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.MessageLanguage, v => v.MessageLanguage), cancellationToken);

    /// <summary>Takes a seat if one is free and nobody waits for it; the database decides atomically.</summary>
    public static async Task<bool> TryTakeSeatAsync(IApplicationDbContext db, Guid shiftId, CancellationToken cancellationToken) =>
        await db.Shifts.Where(s => s.Id == shiftId && s.ConfirmedCount < s.Capacity && s.WaitlistedCount == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount + 1), cancellationToken) == 1;

    /// <summary>Joins the end of the waitlist and returns the position there.</summary>
    public static async Task<int> JoinWaitlistAsync(IApplicationDbContext db, Guid shiftId, CancellationToken cancellationToken)
    {
        await db.Shifts.Where(s => s.Id == shiftId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.WaitlistedCount, x => x.WaitlistedCount + 1), cancellationToken);
        return await db.Shifts.Where(s => s.Id == shiftId).Select(s => s.WaitlistedCount).SingleAsync(cancellationToken);
    }

    public static Task ReleaseSeatAsync(IApplicationDbContext db, Guid shiftId, CancellationToken cancellationToken) =>
        db.Shifts.Where(s => s.Id == shiftId && s.ConfirmedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount - 1), cancellationToken);

    public static Task LeaveWaitlistAsync(IApplicationDbContext db, Guid shiftId, CancellationToken cancellationToken) =>
        db.Shifts.Where(s => s.Id == shiftId && s.WaitlistedCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.WaitlistedCount, x => x.WaitlistedCount - 1), cancellationToken);

    /// <summary>A waitlisted volunteer's place: 1 + those waiting with a smaller ticket.</summary>
    public static Task<int> PositionAsync(IApplicationDbContext db, SignUp signUp, CancellationToken cancellationToken) =>
        db.SignUps.CountAsync(s => s.ShiftId == signUp.ShiftId && s.Status == SignUpStatus.Waitlisted && s.Ticket <= signUp.Ticket, cancellationToken);

    /// <summary>Who may act on a volunteer's sign-ups: staff for anyone, a volunteer only for themself.</summary>
    public static void EnsureMayActFor(this ICurrentUser user, Guid volunteerId) =>
        user.EnsureStaffOrSelf(volunteerId, "A volunteer signs up only themself; staff sign up anyone.");

    /// <summary>The shift and its campaign (not tracked), or a 404.</summary>
    public static async Task<(Shift Shift, Campaign Campaign)> FindWithCampaignAsync(IApplicationDbContext db, Guid shiftId, CancellationToken cancellationToken)
    {
        var found = await db.Shifts.AsNoTracking()
                        .Where(s => s.Id == shiftId)
                        .Join(db.Campaigns.AsNoTracking(), s => s.CampaignId, c => c.Id, (s, c) => new { Shift = s, Campaign = c })
                        .SingleOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException(nameof(Shift), shiftId);
        return (found.Shift, found.Campaign);
    }

    /// <summary>The shift and its campaign, as the caller may see them (a draft campaign's shifts are 404 to the public).</summary>
    public static async Task<(Shift Shift, Campaign Campaign)> FindVisibleAsync(
        IApplicationDbContext db, ICurrentUser user, Guid shiftId, CancellationToken cancellationToken)
    {
        var (shift, campaign) = await FindWithCampaignAsync(db, shiftId, cancellationToken);
        return campaign.IsVisibleTo(user) ? (shift, campaign) : throw new NotFoundException(nameof(Shift), shiftId);
    }

    /// <summary>The volunteer's current (not cancelled) sign-up on the shift, tracked for changes.</summary>
    public static async Task<SignUp> FindActiveSignUpAsync(IApplicationDbContext db, Guid shiftId, Guid volunteerId, CancellationToken cancellationToken) =>
        await db.SignUps.SingleOrDefaultAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteerId && s.Status != SignUpStatus.Cancelled, cancellationToken)
        ?? throw new NotFoundException($"The volunteer '{volunteerId}' has no sign-up on shift '{shiftId}'.");

    public static async Task<Volunteer> FindVolunteerAsync(IApplicationDbContext db, Guid volunteerId, CancellationToken cancellationToken) =>
        await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == volunteerId, cancellationToken)
        ?? throw new NotFoundException(nameof(Volunteer), volunteerId);
}
