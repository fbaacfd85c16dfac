using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Campaigns;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Shifts;

/// <summary>The reads the roster use cases share; the seats themselves are <see cref="IShiftSeats"/>.</summary>
internal static class ShiftRoster
{
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
