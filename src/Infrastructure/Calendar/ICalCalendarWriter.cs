using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Volunteers.Application.Calendar;

namespace Volunteers.Infrastructure.Calendar;

/// <summary>
/// The feed as Ical.Net writes it: METHOD:PUBLISH, times in UTC (no time-zone blocks that some calendars misread),
/// DTSTAMP equal to LAST-MODIFIED so that an unchanged feed is byte for byte the same (its ETag then stays).
/// </summary>
internal sealed class ICalCalendarWriter : ICalendarWriter
{
    public const string ProductId = "-//Volunteers HQ//Volunteers API//EN";

    public string Write(string name, IReadOnlyList<CalendarEntry> entries)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var entry in entries)
        {
            var modified = Utc(entry.LastModified);
            var calendarEvent = new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Summary,
                Location = entry.Location,
                Status = entry.Status switch
                {
                    CalendarEntryStatus.Tentative => EventStatus.Tentative,
                    CalendarEntryStatus.Cancelled => EventStatus.Cancelled,
                    _ => EventStatus.Confirmed,
                },
                Sequence = entry.Sequence,
                LastModified = modified,
                DtStamp = modified,
            };
            if (entry.Day is { } day)
            {
                calendarEvent.DtStart = new CalDateTime(day);
                calendarEvent.DtEnd = new CalDateTime(day.AddDays(1));
                calendarEvent.Transparency = TransparencyType.Transparent;
            }
            else
            {
                calendarEvent.DtStart = Utc(entry.StartsAt!.Value);
                calendarEvent.DtEnd = Utc(entry.EndsAt!.Value);
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Utc(DateTimeOffset instant) =>
        new(instant.UtcDateTime.AddTicks(-(instant.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), "UTC", hasTime: true);
}
