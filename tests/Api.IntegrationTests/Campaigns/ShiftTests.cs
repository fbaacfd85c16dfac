using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Campaigns;

public sealed class ShiftTests(TestDatabase database) : CampaignApiTest(database)
{
    private static Task<HttpResponseMessage> PostShiftAsync(HttpClient client, Guid campaignId, DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity = 5, string? location = "Школа №12") =>
        client.PostJsonAsync($"/api/v1/campaigns/{campaignId}/shifts", new { startsAt, endsAt, capacity, location });

    [Test]
    public async Task Create_ReturnsTheShift_InUtc_WithEmptySeats()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator);
        var startsAt = HqTime(HqToday.AddDays(2), 9);

        var response = await PostShiftAsync(coordinator, campaignId, startsAt, startsAt.AddHours(4), capacity: 12);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var shift = await response.ReadJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/shifts/{IdOf(shift)}"));
            Assert.That(shift["startsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(startsAt));
            Assert.That(shift["startsAt"]!.GetValue<string>(), Does.EndWith("+00:00"), "times are answered in UTC");
            Assert.That(shift["capacity"]!.GetValue<int>(), Is.EqualTo(12));
            Assert.That(shift["location"]!.GetValue<string>(), Is.EqualTo("Школа №12"));
            Assert.That(shift["confirmedCount"]!.GetValue<int>(), Is.Zero);
            Assert.That(shift["waitlistedCount"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public async Task Create_WithEndBeforeStart_ZeroCapacity_OrNoLocation_Returns400()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator);
        var startsAt = HqTime(HqToday.AddDays(2), 9);

        var response = await PostShiftAsync(coordinator, campaignId, startsAt, startsAt, capacity: 0, location: " ");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "endsAt", "capacity", "location" }));
    }

    [Test]
    public async Task Create_OutsideTheCampaignDates_InHqTime_Returns400()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator); // today … today + 10, HQ calendar

        var tooEarly = await PostShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(-1), 23), HqTime(HqToday, 2));
        await AssertProblemAsync(tooEarly, HttpStatusCode.BadRequest);
        Assert.That((await tooEarly.ReadJsonAsync())["errors"]!["startsAt"]![0]!.GetValue<string>(), Does.Contain(HqToday.ToString("yyyy-MM-dd")));

        var tooLate = await PostShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(10), 22), HqTime(HqToday.AddDays(11), 1));
        await AssertProblemAsync(tooLate, HttpStatusCode.BadRequest);
        Assert.That((await tooLate.ReadJsonAsync())["errors"]!["endsAt"], Is.Not.Null);

        // The first minute of the first day and the last minute of the last day, HQ time, are inside.
        Assert.That((await PostShiftAsync(coordinator, campaignId, HqTime(HqToday, 0), HqTime(HqToday, 1))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var lastDay = HqToday.AddDays(10);
        Assert.That((await PostShiftAsync(coordinator, campaignId, HqTime(lastDay, 22), HqTime(lastDay, 23, 59))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        // The same instant as UTC is judged by the HQ calendar too: HQ 00:30 on the first day is still the previous day in UTC.
        Assert.That((await PostShiftAsync(coordinator, campaignId, HqTime(HqToday, 0, 30).ToUniversalTime(), HqTime(HqToday, 2).ToUniversalTime())).StatusCode,
            Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Create_ForACompletedOrCancelledCampaign_Returns409_AndForAnUnknownOne404()
    {
        using var coordinator = await CoordinatorAsync();
        var completed = await CampaignAsync(coordinator, "publish", "start", "complete");
        var cancelled = await CampaignAsync(coordinator, "cancel");
        var startsAt = HqTime(HqToday.AddDays(1), 9);

        await AssertProblemAsync(await PostShiftAsync(coordinator, completed, startsAt, startsAt.AddHours(2)), HttpStatusCode.Conflict, "/campaign-closed");
        await AssertProblemAsync(await PostShiftAsync(coordinator, cancelled, startsAt, startsAt.AddHours(2)), HttpStatusCode.Conflict, "/campaign-closed");
        await AssertProblemAsync(await PostShiftAsync(coordinator, Guid.NewGuid(), startsAt, startsAt.AddHours(2)), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_ShowsShiftsInTimeOrder_WithCounts_AndNoPersonalData()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish");
        var later = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(3), 9), HqTime(HqToday.AddDays(3), 12), capacity: 1);
        var earlier = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 9), HqTime(HqToday.AddDays(1), 12));
        await SignedUpAsync(coordinator, later, await ActiveVolunteerAsync());
        await SignedUpAsync(coordinator, later, await ActiveVolunteerAsync());

        var shifts = (await GetJsonAsync(Anonymous, $"/api/v1/campaigns/{campaignId}/shifts")).AsArray();

        Assert.That(shifts.Select(s => IdOf(s!)), Is.EqualTo(new[] { earlier, later }));
        Assert.That(shifts[1]!["confirmedCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(shifts[1]!["waitlistedCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(shifts[1]!.AsObject().Select(p => p.Key),
            Is.EquivalentTo(new[] { "id", "campaignId", "startsAt", "endsAt", "capacity", "location", "confirmedCount", "waitlistedCount" }));
    }

    [Test]
    public async Task ShiftsOfADraft_Are404_ToThePublic_AndVisibleToStaff()
    {
        using var coordinator = await CoordinatorAsync();
        var draft = await CampaignAsync(coordinator);
        var shiftId = await AddShiftAsync(coordinator, draft, HqTime(HqToday.AddDays(1), 9), HqTime(HqToday.AddDays(1), 12));

        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/campaigns/{draft}/shifts"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/shifts/{shiftId}"), HttpStatusCode.NotFound);
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/campaigns/{draft}/shifts")).AsArray(), Has.Count.EqualTo(1));
        Assert.That((await coordinator.GetAsync($"/api/v1/shifts/{shiftId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await TransitionAsync(coordinator, draft, "publish");
        Assert.That((await Anonymous.GetAsync($"/api/v1/shifts/{shiftId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static Task<HttpResponseMessage> RescheduleAsync(HttpClient client, Guid shiftId, DateTimeOffset startsAt, DateTimeOffset endsAt, string? location = "Школа №12") =>
        client.PostJsonAsync($"/api/v1/shifts/{shiftId}/reschedule", new { startsAt, endsAt, location });

    [Test]
    public async Task Reschedule_MovesTheShift_KeepsItsSeats_AndIsStaffOnly()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator, capacity: 1);
        var first = await ActiveVolunteerAsync("Бірінші");
        var second = await ActiveVolunteerAsync("Екінші");
        await SignedUpAsync(coordinator, shiftId, first);
        await SignedUpAsync(coordinator, shiftId, second);
        var newStart = HqTime(HqToday.AddDays(2), 15);

        using var volunteer = await VolunteerClientAsync(first);
        Assert.That((await RescheduleAsync(volunteer, shiftId, newStart, newStart.AddHours(3))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var response = await RescheduleAsync(coordinator, shiftId, newStart, newStart.AddHours(3), " Мектеп №7 ");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var shift = await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}");
        Assert.Multiple(() =>
        {
            Assert.That(shift["startsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(newStart));
            Assert.That(shift["endsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(newStart.AddHours(3)));
            Assert.That(shift["location"]!.GetValue<string>(), Is.EqualTo("Мектеп №7"));
            Assert.That(shift["confirmedCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(shift["waitlistedCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Reschedule_OutsideTheCampaign_OrEndingFirst_Returns400_AndChangesNothing()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var before = await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}");

        var outside = await RescheduleAsync(coordinator, shiftId, HqTime(HqToday.AddDays(11), 9), HqTime(HqToday.AddDays(11), 12));
        await AssertProblemAsync(outside, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await outside.ReadJsonAsync())["errors"]!["endsAt"], Is.Not.Null);
        var backwards = await RescheduleAsync(coordinator, shiftId, HqTime(HqToday.AddDays(2), 12), HqTime(HqToday.AddDays(2), 9), location: "");
        var errors = (await backwards.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.EquivalentTo(new[] { "endsAt", "location" }));
        await AssertProblemAsync(await RescheduleAsync(coordinator, Guid.NewGuid(), HqTime(HqToday.AddDays(2), 9), HqTime(HqToday.AddDays(2), 12)), HttpStatusCode.NotFound);

        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}")).ToJsonString(), Is.EqualTo(before.ToJsonString()));
    }

    [Test]
    public async Task Reschedule_AStartedShift_OrOneOfAClosedCampaign_Returns409()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish");
        var started = await AddShiftAsync(coordinator, campaignId, Clock.GetUtcNow().AddMinutes(-30), Clock.GetUtcNow().AddHours(2));
        var later = HqTime(HqToday.AddDays(3), 9);
        await AssertProblemAsync(await RescheduleAsync(coordinator, started, later, later.AddHours(2)), HttpStatusCode.Conflict, "/shift-already-started");

        var upcoming = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 9), HqTime(HqToday.AddDays(1), 12));
        await TransitionAsync(coordinator, campaignId, "cancel");
        await AssertProblemAsync(await RescheduleAsync(coordinator, upcoming, later, later.AddHours(2)), HttpStatusCode.Conflict, "/campaign-closed");
    }
}
