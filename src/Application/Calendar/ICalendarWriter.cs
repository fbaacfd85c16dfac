namespace Volunteers.Application.Calendar;

/// <summary>Writes a calendar feed as iCalendar (RFC 5545) text that phone and desktop calendars subscribe to.</summary>
public interface ICalendarWriter
{
    /// <param name="name">The calendar's display name.</param>
    /// <param name="entries">Its events.</param>
    string Write(string name, IReadOnlyList<CalendarEntry> entries);
}

/// <summary>
/// One event of a feed: a timed one (<see cref="StartsAt"/>..<see cref="EndsAt"/>, in UTC) or an all-day one
/// (<see cref="Day"/>). <see cref="Sequence"/> grows with every change a calendar must show, and
/// <see cref="LastModified"/> is the time of the last one, so a subscribed calendar replaces the event it holds.
/// </summary>
public sealed record CalendarEntry(
    string Uid,
    string Summary,
    string? Location,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    DateOnly? Day,
    CalendarEntryStatus Status,
    int Sequence,
    DateTimeOffset LastModified);

/// <summary>The iCalendar STATUS of an event.</summary>
public enum CalendarEntryStatus
{
    Confirmed,
    Tentative,
    Cancelled,
}
