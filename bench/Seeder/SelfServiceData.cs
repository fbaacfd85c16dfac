using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Calendar;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.Common;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Bench.Seeder;

/// <summary>
/// The self-service cases' data, added after the main data set: one volunteer holding 200 sign-ups whose shifts start in
/// the calendar feed's window (the past 30 and next 90 days; worked where the shift is over), with a calendar-feed token
/// and an hours certificate; and an ordinary Active volunteer for the open-shifts read.
/// </summary>
internal static class SelfServiceData
{
    public const int FeedSignUps = 200;

    public sealed record Summary(Guid FeedVolunteerId, string FeedToken, int FeedSignUpCount, string? CertificateCode, Guid OpenShiftsVolunteerId);

    public static async Task<Summary> SeedAsync(ApplicationDbContext db, ISecretGenerator secrets, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var active = await db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active)
            .OrderBy(v => v.Id).Select(v => v.Id).Take(2).ToListAsync(cancellationToken);
        var holder = active[0];
        var reader = await OpenShiftsReaderAsync(db, holder, now, cancellationToken);
        var held = await db.SignUps.Where(s => s.VolunteerId == holder).Select(s => s.ShiftId).ToListAsync(cancellationToken);
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.StartsAt >= now.AddDays(-29) && s.StartsAt < now.AddDays(89) && s.ConfirmedCount < s.Capacity && !held.Contains(s.Id))
            .Join(db.Campaigns.Where(c => c.Status != CampaignStatus.Draft && c.Status != CampaignStatus.Cancelled), s => s.CampaignId, c => c.Id, (s, _) => s)
            .OrderBy(s => s.StartsAt)
            .Take(FeedSignUps)
            .ToListAsync(cancellationToken);

        var minutesByCampaign = new Dictionary<Guid, int>();
        foreach (var shift in shifts)
        {
            var signUp = SignUp.Confirmed(shift, holder, shift.RosterVersion + 1, Earlier(shift.StartsAt.AddDays(-3), now));
            if (shift.EndsAt < now)
            {
                signUp.CheckIn(shift.StartsAt, now);
                signUp.CheckOut(shift.EndsAt, now);
                minutesByCampaign[shift.CampaignId] = minutesByCampaign.GetValueOrDefault(shift.CampaignId) + signUp.WorkedMinutes!.Value;
            }

            db.SignUps.Add(signUp);
        }

        var seated = shifts.Select(s => s.Id).ToList();
        await db.Shifts.Where(s => seated.Contains(s.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedCount, x => x.ConfirmedCount + 1).SetProperty(x => x.RosterVersion, x => x.RosterVersion + 1), cancellationToken);

        var token = secrets.NewSecret();
        db.CalendarFeeds.Add(CalendarFeed.Open(holder, secrets.Hash(token), now));
        string? code = null;
        if (minutesByCampaign.Count > 0)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var certificate = HoursCertificate.Issue(
                holder, today.AddDays(-30), today, Language.Kazakh, [.. minutesByCampaign.Select(m => (m.Key, m.Value))], null, now);
            db.HoursCertificates.Add(certificate);
            code = certificate.Code;
        }

        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<IHasDomainEvents>())
        {
            entry.Entity.ClearDomainEvents(); // seeded history, not news
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Summary(holder, token, shifts.Count, code, reader);
    }

    /// <summary>
    /// An active volunteer of the direction with the most open seats in the coming 30 days, so that the open-shifts case
    /// reads a full list (a volunteer whose directions have nothing coming up gets an empty one cheaply).
    /// </summary>
    private static async Task<Guid> OpenShiftsReaderAsync(ApplicationDbContext db, Guid holder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var busiest = await db.Shifts.AsNoTracking()
            .Where(s => s.StartsAt > now && s.StartsAt < now.AddDays(30) && s.ConfirmedCount < s.Capacity)
            .Join(db.Campaigns.Where(Campaign.AcceptingSignUps), s => s.CampaignId, c => c.Id, (_, c) => c.DirectionId)
            .GroupBy(directionId => directionId)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstAsync(cancellationToken);
        return await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Active && v.Id != holder && v.Directions.Any(d => d.DirectionId == busiest))
            .OrderBy(v => v.Id)
            .Select(v => v.Id)
            .FirstAsync(cancellationToken);
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
