using FluentValidation;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts;

/// <summary>The field errors for a shift's times that planning and moving a shift share.</summary>
internal static class ShiftTimes
{
    /// <summary>
    /// Names the field that leaves the campaign's dates, so that the client can point at it; the campaign enforces the same
    /// rule again as a 409 (see <see cref="Campaign.PlanShift"/>).
    /// </summary>
    public static void AddFailureWhenOutside<T>(Campaign campaign, DateTimeOffset startsAt, DateTimeOffset endsAt, IHqCalendar calendar, ValidationContext<T> context)
    {
        if (endsAt <= startsAt || campaign.Covers(startsAt, endsAt, calendar.TimeZone))
        {
            return;
        }

        var message = ValidationMessages.Get(MessageKeys.ShiftOutsideCampaign)
            .Replace("{StartsOn}", campaign.StartsOn.ToString("yyyy-MM-dd"), StringComparison.Ordinal)
            .Replace("{EndsOn}", campaign.EndsOn.ToString("yyyy-MM-dd"), StringComparison.Ordinal);
        var outsideAt = startsAt < calendar.StartOf(campaign.StartsOn) ? "startsAt" : "endsAt";
        context.AddFailure(outsideAt, message);
    }
}
