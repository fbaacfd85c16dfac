using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Application.Shifts;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.GetCampaignRoster;

/// <summary>
/// The campaign's roster as CSV for staff: one row per sign-up with the shift (HQ local time), the volunteer's name
/// and phone, the status and the hours. UTF-8 with a byte-order mark, so that Excel shows Cyrillic and Kazakh right.
/// </summary>
public sealed record GetCampaignRosterQuery(Guid CampaignId) : IQuery<RosterFile>;

/// <summary>A ready-to-send CSV file.</summary>
public sealed record RosterFile(byte[] Content, string FileName);

public sealed class GetCampaignRosterQueryHandler(IApplicationDbContext db, IHqCalendar calendar) : IQueryHandler<GetCampaignRosterQuery, RosterFile>
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    /// <summary>
    /// RFC 4180 (comma, CRLF) with a byte-order mark, every cell quoted: an Excel that splits on <c>;</c> keeps a quoted
    /// <c>;</c> inside its cell instead of starting a new (possibly formula) cell there.
    /// </summary>
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Quoting = CsvQuoting.Always };

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> CellBreaks = SearchValues.Create(",;\t\r\n");

    public async ValueTask<RosterFile> Handle(GetCampaignRosterQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Campaigns.AnyAsync(c => c.Id == query.CampaignId, cancellationToken))
        {
            throw new NotFoundException(nameof(Campaign), query.CampaignId);
        }

        var rows = await db.SignUps.AsNoTracking()
            .Where(s => s.CampaignId == query.CampaignId)
            .Join(db.Shifts.AsNoTracking(), s => s.ShiftId, sh => sh.Id, (s, sh) => new { SignUp = s, Shift = sh })
            .Join(db.Volunteers.AsNoTracking(), x => x.SignUp.VolunteerId, v => v.Id, (x, v) => new
            {
                x.Shift.StartsAt,
                x.Shift.EndsAt,
                x.Shift.Location,
                x.SignUp.Ticket,
                x.SignUp.Status,
                x.SignUp.CheckedInAt,
                x.SignUp.CheckedOutAt,
                x.SignUp.WorkedMinutes,
                v.LastName,
                v.FirstName,
                v.MiddleName,
                v.Phone,
            })
            .OrderBy(r => r.StartsAt).ThenBy(r => r.Location).ThenBy(r => r.Ticket)
            .ToListAsync(cancellationToken);

        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            await csv.WriteRecordAsync(["Shift start", "Shift end", "Shift location", "Volunteer", "Phone", "Status", "Checked in", "Checked out", "Hours"], cancellationToken);
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(
                [
                    Local(row.StartsAt),
                    Local(row.EndsAt),
                    AsText(row.Location),
                    AsText(string.Join(' ', new[] { row.LastName, row.FirstName, row.MiddleName }.Where(n => !string.IsNullOrWhiteSpace(n)))),
                    row.Phone,
                    row.Status.ToString(),
                    row.CheckedInAt is { } checkedIn ? Local(checkedIn) : null,
                    row.CheckedOutAt is { } checkedOut ? Local(checkedOut) : null,
                    WorkedHours.FromMinutes(row.WorkedMinutes)?.ToString("0.##", CultureInfo.InvariantCulture),
                ], cancellationToken);
            }
        }

        return new RosterFile(stream.ToArray(), $"roster-{query.CampaignId}.csv");
    }

    /// <summary>
    /// Typed-in text gets an apostrophe before every formula start (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR) that
    /// opens the cell or follows a <c>,</c>, <c>;</c> or line break — wherever a spreadsheet that ignores the quotes
    /// could see a new cell begin — so that Excel shows it instead of running it (CSV injection). Phones, times and
    /// hours are the system's own formats.
    /// </summary>
    private static string AsText(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        var cellStart = true;
        foreach (var c in value)
        {
            if (cellStart && FormulaStarts.Contains(c))
            {
                text.Append('\'');
            }

            text.Append(c);
            cellStart = CellBreaks.Contains(c) || (cellStart && c == ' ');
        }

        return text.ToString();
    }

    private string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).ToString(TimeFormat, CultureInfo.InvariantCulture);
}
