using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.Volunteers.ListOpenShifts;

/// <summary>
/// The upcoming shifts a volunteer may take (SPEC "open shifts"), starting on HQ dates <paramref name="From"/> to
/// <paramref name="To"/> (YYYY-MM-DD as the query string gives them, so that a malformed one is a field error; default
/// today to today + 30 days): their own district first, then by start.
/// </summary>
public sealed record ListOpenShiftsQuery(Guid VolunteerId, string? From = null, string? To = null) : IQuery<IReadOnlyList<OpenShiftDto>>
{
    /// <summary>The list is not paged: at most this many, the first in its order.</summary>
    public const int MaxItems = 100;

    /// <summary>Without <see cref="To"/>, the range ends this many days after its first day.</summary>
    public const int DefaultDays = 30;

    public DateOnly? FirstDay => ApiDates.Parse(From);

    public DateOnly? LastDay => ApiDates.Parse(To);
}

/// <summary>A shift the volunteer may sign up for.</summary>
/// <param name="ShiftId">The shift.</param>
/// <param name="CampaignId">Its campaign.</param>
/// <param name="CampaignTitle">The campaign's title in kk, ru and optionally en.</param>
/// <param name="DirectionId">The campaign's direction (one of the volunteer's).</param>
/// <param name="District">The campaign's district code, if it has one.</param>
/// <param name="StartsAt">When the shift starts.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="Location">Where to meet.</param>
/// <param name="FreePlaces">Seats not yet confirmed to anyone (at least 1).</param>
public sealed record OpenShiftDto(
    Guid ShiftId,
    Guid CampaignId,
    LocalizedTextDto CampaignTitle,
    int DirectionId,
    string? District,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Location,
    int FreePlaces);

public sealed class ListOpenShiftsQueryValidator : AbstractValidator<ListOpenShiftsQuery>
{
    public ListOpenShiftsQueryValidator()
    {
        RuleFor(x => x.From).ApiDate();
        RuleFor(x => x.To).ApiDate();
        RuleFor(x => x.LastDay).GreaterThanOrEqualTo(x => x.FirstDay).When(x => x.FirstDay is not null && x.LastDay is not null)
            .OverridePropertyName("to")
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DateNotBeforeStart));
    }
}

public sealed class ListOpenShiftsQueryHandler(IApplicationDbContext db, ICurrentUser user, IHqCalendar calendar, TimeProvider clock)
    : IQueryHandler<ListOpenShiftsQuery, IReadOnlyList<OpenShiftDto>>
{
    public async ValueTask<IReadOnlyList<OpenShiftDto>> Handle(ListOpenShiftsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureStaffOrSelf(query.VolunteerId, "A volunteer sees only their own open shifts.");
        var volunteer = await db.Volunteers.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.VolunteerId, cancellationToken)
                        ?? throw new NotFoundException(nameof(Volunteer), query.VolunteerId);
        if (!volunteer.CanSignUpForShifts)
        {
            return [];
        }

        var firstDay = query.FirstDay ?? calendar.Today;
        var lastDay = query.LastDay ?? firstDay.AddDays(ListOpenShiftsQuery.DefaultDays);
        var rangeStart = calendar.StartOf(firstDay);
        var rangeEnd = calendar.StartOf(lastDay.AddDays(1));
        var now = clock.GetUtcNow();
        var volunteerId = volunteer.Id;
        var home = volunteer.DistrictCode;

        // The volunteer's directions and the times they already hold are read first (a handful of rows each), so that the
        // main query starts from the campaigns in those directions (IX_Campaigns_DirectionId_StartsOn, then each one's
        // shifts by IX_Shifts_CampaignId_StartsAt) and checks overlaps against constants, instead of running a sign-up
        // subquery for every shift of every campaign in the range (thousands at national scale).
        var directionIds = await db.VolunteerDirections.Where(d => d.VolunteerId == volunteerId).Select(d => d.DirectionId).ToListAsync(cancellationToken);
        var held = await db.SignUps
            .Where(s => s.VolunteerId == volunteerId)
            .Where(SignUp.HoldsTime)
            .Join(db.Shifts, s => s.ShiftId, s => s.Id, (_, shift) => shift)
            .Where(shift => shift.EndsAt > now) // only these can overlap a shift that starts after now
            .Select(shift => new { shift.StartsAt, shift.EndsAt })
            .ToListAsync(cancellationToken);

        var shifts = db.Shifts.AsNoTracking()
            .Where(s => s.StartsAt > now && s.StartsAt >= rangeStart && s.StartsAt < rangeEnd && s.ConfirmedCount < s.Capacity);
        foreach (var taken in held)
        {
            // The sign-up's own clash rule; a held shift counts as overlapping itself, so it is excluded too.
            shifts = shifts.Where(Not(Shift.Overlapping(taken.StartsAt, taken.EndsAt)));
        }

        var open = await shifts
            .Join(db.Campaigns.Where(Campaign.AcceptingSignUps).Where(c => directionIds.Contains(c.DirectionId)),
                s => s.CampaignId, c => c.Id, (shift, campaign) => new { Shift = shift, Campaign = campaign })
            .OrderBy(x => x.Campaign.DistrictCode == home ? 0 : 1).ThenBy(x => x.Shift.StartsAt).ThenBy(x => x.Shift.Id)
            .Take(ListOpenShiftsQuery.MaxItems)
            .Select(x => new
            {
                ShiftId = x.Shift.Id, x.Shift.CampaignId, x.Campaign.Title, x.Campaign.DirectionId, x.Campaign.DistrictCode,
                x.Shift.StartsAt, x.Shift.EndsAt, x.Shift.Location, FreePlaces = x.Shift.Capacity - x.Shift.ConfirmedCount,
            })
            .ToListAsync(cancellationToken);

        return [.. open.Select(x => new OpenShiftDto(
            x.ShiftId, x.CampaignId, LocalizedTextDto.From(x.Title), x.DirectionId, x.DistrictCode, x.StartsAt, x.EndsAt, x.Location, x.FreePlaces))];
    }

    private static Expression<Func<Shift, bool>> Not(Expression<Func<Shift, bool>> predicate) =>
        Expression.Lambda<Func<Shift, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
