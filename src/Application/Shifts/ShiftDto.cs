using Riok.Mapperly.Abstractions;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Shifts;

/// <summary>A shift with its seats (no names: the list is public like its campaign).</summary>
/// <param name="Id">The shift's id.</param>
/// <param name="CampaignId">The campaign it belongs to.</param>
/// <param name="StartsAt">Start (UTC).</param>
/// <param name="EndsAt">End (UTC).</param>
/// <param name="Capacity">Seats.</param>
/// <param name="Location">Where to meet.</param>
/// <param name="ConfirmedCount">Seats taken.</param>
/// <param name="WaitlistedCount">Volunteers waiting for a seat.</param>
public sealed record ShiftDto(
    Guid Id,
    Guid CampaignId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    string Location,
    int ConfirmedCount,
    int WaitlistedCount);

/// <summary>A volunteer's place on a shift.</summary>
/// <param name="ShiftId">The shift.</param>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="Status">Confirmed, Waitlisted, Cancelled or NoShow.</param>
/// <param name="Position">Place in the waitlist (1 = next to get a seat); only while waitlisted.</param>
/// <param name="SignedUpAt">When the volunteer signed up.</param>
/// <param name="CheckedInAt">Arrival, as staff recorded it or the volunteer checked in with the shift's code.</param>
/// <param name="CheckedOutAt">Departure, recorded the same ways.</param>
/// <param name="Hours">Check-out minus check-in, in hours.</param>
public sealed record SignUpDto(
    Guid ShiftId,
    Guid VolunteerId,
    SignUpStatus Status,
    int? Position,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    double? Hours)
{
    public static SignUpDto From(SignUp signUp, int? position) => new(
        signUp.ShiftId,
        signUp.VolunteerId,
        signUp.Status,
        signUp.Status == SignUpStatus.Waitlisted ? position : null,
        signUp.SignedUpAt,
        signUp.CheckedInAt,
        signUp.CheckedOutAt,
        WorkedHours.FromMinutes(signUp.WorkedMinutes));
}

/// <summary>Hours as the API shows them: stored minutes, in hours with two decimals.</summary>
public static class WorkedHours
{
    public static double? FromMinutes(int? minutes) => minutes is { } m ? FromTotalMinutes(m) : null;

    public static double FromTotalMinutes(long minutes) => Math.Round(minutes / 60.0, 2);
}

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ShiftMappings
{
    public static partial ShiftDto ToDto(this Shift shift);

    public static partial IQueryable<ShiftDto> ProjectToDto(this IQueryable<Shift> shifts);
}
