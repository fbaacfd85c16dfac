using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Calendar.GetCalendarFeed;

/// <summary>
/// A volunteer's calendar feed by its private token (anonymous: the token is the credential): their sign-ups whose
/// shift starts from 30 days ago to 90 days ahead, and their roster days in that span.
/// </summary>
/// <param name="Token">The feed's private token.</param>
/// <param name="IfNoneMatch">The entity tags the caller holds: when one is current, the feed is not written again.</param>
public sealed record GetCalendarFeedQuery(string Token, IReadOnlyCollection<string>? IfNoneMatch = null) : IQuery<CalendarFeedFile>;

/// <summary>
/// The feed's entity tag (a hash of everything the text is written from, so it changes exactly when the feed does) and
/// its iCalendar text, or no text when the caller already holds this version.
/// </summary>
public sealed record CalendarFeedFile(string ETag, string? Content)
{
    public bool NotModified => Content is null;
}

public sealed class GetCalendarFeedQueryHandler(IApplicationDbContext db, ISecretGenerator secrets, ICalendarWriter writer, IMemoryCache cache, IHqCalendar calendar, TimeProvider clock)
    : IQueryHandler<GetCalendarFeedQuery, CalendarFeedFile>
{
    public static readonly TimeSpan PastSpan = TimeSpan.FromDays(30);
    public static readonly TimeSpan FutureSpan = TimeSpan.FromDays(90);

    public async ValueTask<CalendarFeedFile> Handle(GetCalendarFeedQuery query, CancellationToken cancellationToken)
    {
        var tokenHash = secrets.Hash(query.Token);
        var owner = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.TokenHash == tokenHash)
            .Join(db.Volunteers.Where(v => v.AnonymizedAt == null), f => f.VolunteerId, v => v.Id, (_, v) => new { v.Id, v.MessageLanguage })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No calendar feed has this address.");

        var now = clock.GetUtcNow();
        var entries = await ShiftEntriesAsync(owner.Id, owner.MessageLanguage, now - PastSpan, now + FutureSpan, cancellationToken);
        entries.AddRange(await RosterEntriesAsync(owner.Id, owner.MessageLanguage, now - PastSpan, now + FutureSpan, cancellationToken));
        var name = FeedName(owner.MessageLanguage);
        var etag = ETagOf(name, entries);
        if (query.IfNoneMatch?.Contains(etag) == true)
        {
            return new CalendarFeedFile(etag, null);
        }

        // Writing iCalendar is the costly part (about 20 ms for 200 events); the same version is written once for a while.
        var content = await cache.GetOrCreateAsync($"calendar-feed:{etag}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = RenderedFeedLifetime;
            return Task.FromResult(writer.Write(name, entries));
        });
        return new CalendarFeedFile(etag, content);
    }

    /// <summary>How long a written feed is kept for the next poll of the same version.</summary>
    public static readonly TimeSpan RenderedFeedLifetime = TimeSpan.FromMinutes(5);

    /// <summary>A hash of the feed's inputs in an invariant form, so that every instance gives one version the same tag.</summary>
    private static string ETagOf(string name, IEnumerable<CalendarEntry> entries)
    {
        var canonical = new StringBuilder(FormatVersion).Append('\n').Append(name);
        foreach (var e in entries)
        {
            canonical.Append('\n').Append(CultureInfo.InvariantCulture,
                $"{e.Uid}|{e.Summary}|{e.Location}|{e.StartsAt?.UtcTicks}|{e.EndsAt?.UtcTicks}|{e.Day:yyyy-MM-dd}|{e.Status}|{e.Sequence}|{e.LastModified.UtcTicks}");
        }

        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..32]}\"";
    }

    /// <summary>Changes when the way entries become text changes, so that clients fetch the new text.</summary>
    private const string FormatVersion = "ics-1";

    /// <summary>
    /// The STATUS a sign-up shows: a seat held — whether then attended or missed — is CONFIRMED, a place on the
    /// waitlist TENTATIVE, a cancelled one CANCELLED (so the phone drops the event it holds). Later statuses join here.
    /// </summary>
    public static CalendarEntryStatus StatusOf(SignUpStatus status) => status switch
    {
        SignUpStatus.Waitlisted => CalendarEntryStatus.Tentative,
        SignUpStatus.Cancelled => CalendarEntryStatus.Cancelled,
        _ => CalendarEntryStatus.Confirmed,
    };

    /// <summary>A roster day: CONFIRMED once the volunteer said yes, CANCELLED once they are off it, TENTATIVE while unanswered or in reserve.</summary>
    public static CalendarEntryStatus StatusOf(RosterEntryStatus status) => status switch
    {
        RosterEntryStatus.Confirmed => CalendarEntryStatus.Confirmed,
        RosterEntryStatus.Declined => CalendarEntryStatus.Cancelled,
        _ => CalendarEntryStatus.Tentative,
    };

    private async Task<List<CalendarEntry>> ShiftEntriesAsync(
        Guid volunteerId, string language, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var rows = await db.SignUps.AsNoTracking()
            .Where(s => s.VolunteerId == volunteerId)
            .Join(db.Shifts.Where(sh => sh.StartsAt >= from && sh.StartsAt < until), s => s.ShiftId, sh => sh.Id, (s, sh) => new { SignUp = s, Shift = sh })
            .Join(db.Campaigns, x => x.Shift.CampaignId, c => c.Id, (x, c) => new
            {
                x.SignUp.Id, x.SignUp.Status, x.SignUp.Version, x.SignUp.SignedUpAt, x.SignUp.ConfirmedAt, x.SignUp.CancelledAt,
                x.Shift.StartsAt, x.Shift.EndsAt, x.Shift.Location, x.Shift.ScheduleRevision, x.Shift.RescheduledAt,
                c.Title, CampaignStatus = c.Status,
            })
            .ToListAsync(cancellationToken);

        return [.. rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Id).Select(r => new CalendarEntry(
            $"signup-{r.Id}@volunteers",
            r.Title.In(language),
            r.Location,
            r.StartsAt,
            r.EndsAt,
            null,
            r.CampaignStatus == CampaignStatus.Cancelled ? CalendarEntryStatus.Cancelled : StatusOf(r.Status),
            // Each moved time or place, and each change of the sign-up, raises it (both only grow).
            r.ScheduleRevision + r.Version - 1,
            Latest(r.SignedUpAt, r.ConfirmedAt, r.CancelledAt, r.RescheduledAt)))];
    }

    private async Task<IEnumerable<CalendarEntry>> RosterEntriesAsync(
        Guid volunteerId, string language, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        // Roster days are HQ dates.
        var firstDay = calendar.DateOf(from);
        var lastDay = calendar.DateOf(until);
        var rows = await db.RosterEntries.AsNoTracking()
            .Where(e => e.VolunteerId == volunteerId && e.Date >= firstDay && e.Date <= lastDay)
            .Join(db.Rosters, e => e.RosterId, r => r.Id, (e, r) => new { Entry = e, r.CreatedAt })
            .Join(db.Mobilizations, x => x.Entry.MobilizationId, m => m.Id, (x, m) => new
            {
                x.Entry.Id, x.Entry.Date, x.Entry.Slot, x.Entry.Status, x.Entry.RespondedAt, x.Entry.CalledUpAt, x.CreatedAt, m.Title,
            })
            .ToListAsync(cancellationToken);

        return rows.OrderBy(r => r.Date).Select(r => new CalendarEntry(
            $"roster-{r.Id}@volunteers",
            $"{r.Title}: {DutyName(r.Slot, language)}",
            null,
            null,
            null,
            r.Date,
            StatusOf(r.Status),
            // Called up, then answered yes, then no: each step only adds.
            (r.CalledUpAt is null ? 0 : 1) + r.Status switch { RosterEntryStatus.Confirmed => 1, RosterEntryStatus.Declined => 2, _ => 0 },
            Latest(r.CreatedAt, r.CalledUpAt, r.RespondedAt, null)));
    }

    private static DateTimeOffset Latest(DateTimeOffset first, DateTimeOffset? second, DateTimeOffset? third, DateTimeOffset? fourth) =>
        new[] { second, third, fourth }.OfType<DateTimeOffset>().Append(first).Max();

    private static string DutyName(RosterSlot slot, string language) => (slot, language) switch
    {
        (RosterSlot.Active, Language.Kazakh) => "кезекшілік (негізгі құрам)",
        (RosterSlot.Active, Language.English) => "on duty (active)",
        (RosterSlot.Active, _) => "дежурство (основной состав)",
        (_, Language.Kazakh) => "резерв",
        (_, Language.English) => "in reserve",
        _ => "резерв",
    };

    private static string FeedName(string language) => language switch
    {
        Language.Kazakh => "Волонтерлік ауысымдар",
        Language.English => "Volunteer shifts",
        _ => "Волонтёрские смены",
    };
}
