using System.Net;
using System.Net.Http.Headers;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Mobilizations;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.SelfService;

/// <summary>The private calendar feed: a volunteer's shifts and roster days as iCalendar that phones subscribe to.</summary>
public sealed class CalendarFeedTests(TestDatabase database) : SelfServiceTest(database)
{
    // No mail sender running by itself: moving the clock would wake it in the middle of a test's own requests.
    protected override VolunteersApiFactory CreateOwnFactory() => new(Database, new Dictionary<string, string?> { ["Mail:SenderEnabled"] = "false" });

    private static CalendarEvent EventWithUid(Ical.Net.Calendar calendar, string uid) => calendar.Events.Single(e => e.Uid == uid);

    [Test]
    public async Task Feed_HasAnEventPerSignUp_WithTitleInTheMessageLanguage_UtcTimes_AndStatusConfirmedTentativeOrCancelled()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await VolunteerBuilder.AVolunteer().Speaking("kk", "ru").SaveIdAsync(Factory);
        var campaignId = await CampaignAsync(coordinator, "publish");
        var held = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14));
        var full = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(2), 10), HqTime(HqToday.AddDays(2), 14), capacity: 1);
        var left = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(3), 10), HqTime(HqToday.AddDays(3), 14));
        var farAway = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(9), 10), HqTime(HqToday.AddDays(9), 14));
        await SignedUpAsync(coordinator, full, await ActiveVolunteerAsync("Другая"));
        foreach (var shift in new[] { held, full, left, farAway })
        {
            await SignedUpAsync(coordinator, shift, volunteerId);
        }

        Assert.That((await coordinator.DeleteAsync($"/api/v1/shifts/{left}/signups/{volunteerId}")).IsSuccessStatusCode, Is.True);
        using var volunteer = await VolunteerClientAsync(volunteerId);
        var url = await FeedUrlAsync(volunteer, volunteerId);

        var (calendar, text, _) = await FeedAsync(url);

        Assert.That(url, Does.Match(@"^https?://[^/]+/api/v1/calendar/[A-Za-z0-9_-]{20,}\.ics$"));
        Assert.That(text, Does.Contain("PRODID:").And.Contain("METHOD:PUBLISH").And.Contain("VERSION:2.0"));
        var signUps = await SignUpIdsAsync(volunteerId);
        var heldEvent = EventWithUid(calendar, $"signup-{signUps[held]}@volunteers");
        Assert.Multiple(() =>
        {
            Assert.That(heldEvent.Summary, Is.EqualTo("Қамқорлық мекенжайы"), "the campaign's title in the volunteer's message language");
            Assert.That(heldEvent.Location, Is.EqualTo("Ул. Кенесары, 1"));
            Assert.That(heldEvent.DtStart!.IsUtc, Is.True);
            Assert.That(heldEvent.DtStart.AsUtc, Is.EqualTo(HqTime(HqToday.AddDays(1), 10).UtcDateTime));
            Assert.That(heldEvent.DtEnd!.AsUtc, Is.EqualTo(HqTime(HqToday.AddDays(1), 14).UtcDateTime));
            Assert.That(heldEvent.Status, Is.EqualTo("CONFIRMED"));
            Assert.That(heldEvent.DtStamp, Is.Not.Null);
            Assert.That(heldEvent.LastModified, Is.Not.Null);
            Assert.That(EventWithUid(calendar, $"signup-{signUps[full]}@volunteers").Status, Is.EqualTo("TENTATIVE"), "waitlisted");
            Assert.That(EventWithUid(calendar, $"signup-{signUps[left]}@volunteers").Status, Is.EqualTo("CANCELLED"));
            Assert.That(calendar.Events, Has.Count.EqualTo(4));
        });

        // The window is the past 30 and the next 90 days by shift start: 38 days on, only the shift of day 9 is still in it.
        Clock.Advance(TimeSpan.FromDays(38));
        var (later, _, _) = await FeedAsync(url);
        Assert.That(later.Events.Select(e => e.Uid), Is.EqualTo(new[] { $"signup-{signUps[farAway]}@volunteers" }));
    }

    private async Task<Dictionary<Guid, Guid>> SignUpIdsAsync(Guid volunteerId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        // The latest sign-up per shift (a shift left and taken again has two).
        return (await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SignUps
                .Where(s => s.VolunteerId == volunteerId).Select(s => new { s.ShiftId, s.Id }).ToListAsync())
            .GroupBy(s => s.ShiftId).ToDictionary(g => g.Key, g => g.Max(s => s.Id));
    }

    [Test]
    public async Task AnUnchangedFeed_Is304OnIfNoneMatch_AndAMovedShiftComesBackWithAHigherSequence()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        await SignedUpAsync(coordinator, shiftId, volunteerId);
        var url = await FeedUrlAsync(coordinator, volunteerId);
        var (before, _, etag) = await FeedAsync(url);

        using (var revalidate = new HttpRequestMessage(HttpMethod.Get, PathOf(url)))
        {
            revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
            var notModified = await Anonymous.SendAsync(revalidate);
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(notModified.Headers.ETag?.Tag, Is.EqualTo(etag));
        }

        Clock.Advance(TimeSpan.FromMinutes(10));
        var moved = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/reschedule",
            new { startsAt = HqTime(HqToday.AddDays(1), 12), endsAt = HqTime(HqToday.AddDays(1), 16), location = "Ул. Достык, 5" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, PathOf(url));
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
        var changed = await Anonymous.SendAsync(stale);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(changed.Headers.ETag?.Tag, Is.Not.EqualTo(etag));
        var after = Ical.Net.Calendar.Load(await changed.Content.ReadAsStringAsync())!;
        var (old, now) = (before.Events.Single(), after.Events.Single());
        Assert.Multiple(() =>
        {
            Assert.That(now.Uid, Is.EqualTo(old.Uid), "the same event, replaced");
            Assert.That(now.Sequence, Is.GreaterThan(old.Sequence));
            Assert.That(now.LastModified!.AsUtc, Is.EqualTo(Clock.GetUtcNow().UtcDateTime).Within(TimeSpan.FromSeconds(1)));
            Assert.That(now.DtStart!.AsUtc, Is.EqualTo(HqTime(HqToday.AddDays(1), 12).UtcDateTime));
            Assert.That(now.Location, Is.EqualTo("Ул. Достык, 5"));
        });
    }

    [Test]
    public async Task ANewFeedAddress_ReplacesTheOld_WhichIs404_AndOnlyTheTokensHashIsStored()
    {
        var volunteerId = await ActiveVolunteerAsync();
        using var volunteer = await VolunteerClientAsync(volunteerId);
        var first = await FeedUrlAsync(volunteer, volunteerId);

        var second = await FeedUrlAsync(volunteer, volunteerId);

        Assert.That(second, Is.Not.EqualTo(first));
        await AssertProblemAsync(await Anonymous.GetAsync(PathOf(first)), HttpStatusCode.NotFound);
        await FeedAsync(second);
        var token = second[(second.LastIndexOf('/') + 1)..^".ics".Length];
        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().CalendarFeeds.SingleAsync(f => f.VolunteerId == volunteerId);
        Assert.That(stored.TokenHash, Is.Not.EqualTo(token).And.Not.Contain(token));
    }

    [Test]
    public async Task RosterDays_AreAllDayEvents_SayingActiveDutyOrReserve()
    {
        var coordinator = await CoordinatorAsync();
        var onDuty = await VolunteerBuilder.AVolunteer().Speaking("en").SaveIdAsync(Factory);
        var inReserve = await VolunteerBuilder.AVolunteer().Speaking("ru").SaveIdAsync(Factory);
        var mobilizationId = await MobilizationApi.CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 1);
        var roster = await MobilizationApi.DrawOkAsync(coordinator, mobilizationId, HqToday.AddDays(1));
        Assert.That(roster.EveryoneIds, Is.EquivalentTo(new[] { onDuty, inReserve }));
        var (active, reserve) = roster.ActiveIds[0] == onDuty ? (onDuty, inReserve) : (inReserve, onDuty);

        var (activeFeed, _, _) = await FeedAsync(await FeedUrlAsync(coordinator, active));
        var (reserveFeed, _, _) = await FeedAsync(await FeedUrlAsync(coordinator, reserve));

        var duty = activeFeed.Events.Single();
        var standBy = reserveFeed.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(duty.IsAllDay, Is.True);
            Assert.That(duty.DtStart!.Date, Is.EqualTo(HqToday.AddDays(1)));
            Assert.That(duty.Summary, Does.StartWith("Spring flood").And.Contain(active == onDuty ? "on duty" : "дежурство"));
            Assert.That(standBy.Summary, Does.Contain(reserve == inReserve ? "резерв" : "in reserve"));
            Assert.That(duty.Status, Is.EqualTo("TENTATIVE"), "until the volunteer confirms");
        });

        var confirmed = await MobilizationApi.RespondAsync(coordinator, mobilizationId, HqToday.AddDays(1), active, "Confirmed");
        Assert.That(confirmed.IsSuccessStatusCode, Is.True, await confirmed.Content.ReadAsStringAsync());
        var (answered, _, _) = await FeedAsync(await FeedUrlAsync(coordinator, active));
        Assert.That(answered.Events.Single().Status, Is.EqualTo("CONFIRMED"));
        Assert.That(answered.Events.Single().Sequence, Is.GreaterThan(duty.Sequence));
    }

    [Test]
    public async Task AnotherVolunteer_Is403_Anonymous401_UnknownTokens404_AndAnErasedVolunteersFeed404()
    {
        var volunteerId = await ActiveVolunteerAsync();
        using var other = await VolunteerClientAsync(await ActiveVolunteerAsync("Другая"));
        var url = await FeedUrlAsync(await CoordinatorAsync(), volunteerId);

        await AssertProblemAsync(await other.PostAsync($"/api/v1/volunteers/{volunteerId}/calendar-feed", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.PostAsync($"/api/v1/volunteers/{volunteerId}/calendar-feed", null), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/calendar/not-a-token.ics"), HttpStatusCode.NotFound);
        using var admin = await AdminAsync();
        Assert.That((await admin.PostAsync($"/api/v1/volunteers/{volunteerId}/anonymize", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await AssertProblemAsync(await Anonymous.GetAsync(PathOf(url)), HttpStatusCode.NotFound);
    }
}
