namespace Volunteers.Application.Common.Time;

/// <summary>
/// The HQ's calendar (<c>Hq:TimeZone</c>, default Asia/Almaty). A date in the API — a roster day, a campaign's
/// start, a school-plan year — is a date there, and "today" is today there, whatever the server's clock says.
/// </summary>
public interface IHqCalendar
{
    TimeZoneInfo TimeZone { get; }

    DateOnly Today { get; }

    DateOnly DateOf(DateTimeOffset instant);

    /// <summary>The instant the given HQ date begins.</summary>
    DateTimeOffset StartOf(DateOnly date);
}
