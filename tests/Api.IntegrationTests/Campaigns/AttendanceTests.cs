using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>Check-in and check-out by staff, and the hours they make.</summary>
public sealed class AttendanceTests(TestDatabase database) : CampaignApiTest(database)
{
    private static Task<HttpResponseMessage> CheckAsync(HttpClient client, Guid shiftId, Guid volunteerId, string action, DateTimeOffset? at = null) =>
        at is null
            ? client.PostAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/{action}", null)
            : client.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/{action}", new { at });

    private async Task<(HttpClient Coordinator, Guid CampaignId, Guid ShiftId, Guid VolunteerId)> SeatedVolunteerAsync()
    {
        var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 9), HqTime(HqToday.AddDays(1), 13));
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(coordinator, shiftId, volunteerId);
        return (coordinator, campaignId, shiftId, volunteerId);
    }

    [Test]
    public async Task CheckInAndOut_WithoutBody_UseNow_AndTheDifferenceIsTheHours()
    {
        var (coordinator, campaignId, shiftId, volunteerId) = await SeatedVolunteerAsync();
        var arrived = Clock.GetUtcNow();

        var checkIn = await CheckAsync(coordinator, shiftId, volunteerId, "check-in");
        Assert.That(checkIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkIn.Content.ReadAsStringAsync());
        Assert.That((await checkIn.ReadJsonAsync())["checkedInAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(arrived));

        Clock.Advance(TimeSpan.FromHours(3.5));
        using var later = await CoordinatorAsync(); // the first one's access token has expired meanwhile
        var checkOut = await CheckAsync(later, shiftId, volunteerId, "check-out");
        var answer = await checkOut.ReadJsonAsync();
        Assert.That(answer["hours"]!.GetValue<double>(), Is.EqualTo(3.5));
        Assert.That(answer["checkedOutAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(arrived.AddHours(3.5)));

        var hours = await GetJsonAsync(later, $"/api/v1/volunteers/{volunteerId}/hours");
        Assert.That(hours["totalHours"]!.GetValue<double>(), Is.EqualTo(3.5));
        Assert.That(hours["byCampaign"]![0]!["campaignId"]!.GetValue<string>(), Is.EqualTo(campaignId.ToString()));
        Assert.That(hours["byCampaign"]![0]!["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
        Assert.That(hours["byCampaign"]![0]!["hours"]!.GetValue<double>(), Is.EqualTo(3.5));
    }

    [Test]
    public async Task TimesRecordedAfterwards_AreNotRestrictedByTheShiftsPlannedTimes()
    {
        var (coordinator, _, shiftId, volunteerId) = await SeatedVolunteerAsync();
        // The shift is planned for tomorrow; staff record that the volunteer came early, yesterday, and stayed late.
        var arrived = Clock.GetUtcNow().AddDays(-1);

        Assert.That((await CheckAsync(coordinator, shiftId, volunteerId, "check-in", arrived)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var checkOut = await CheckAsync(coordinator, shiftId, volunteerId, "check-out", arrived.AddHours(10).AddMinutes(15));

        Assert.That(checkOut.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await checkOut.ReadJsonAsync())["hours"]!.GetValue<double>(), Is.EqualTo(10.25));
    }

    [Test]
    public async Task AtInTheFuture_Is400()
    {
        var (coordinator, _, shiftId, volunteerId) = await SeatedVolunteerAsync();

        var response = await CheckAsync(coordinator, shiftId, volunteerId, "check-in", Clock.GetUtcNow().AddMinutes(1));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await response.ReadJsonAsync())["errors"]!["at"], Is.Not.Null);
        Assert.That((await CheckAsync(coordinator, shiftId, volunteerId, "check-in", Clock.GetUtcNow().AddHours(-1))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-out", Clock.GetUtcNow().AddHours(1)), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task CheckOut_BeforeAnyCheckIn_OrBeforeTheCheckInTime_Is409()
    {
        var (coordinator, _, shiftId, volunteerId) = await SeatedVolunteerAsync();
        var now = Clock.GetUtcNow();

        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-out"), HttpStatusCode.Conflict, "/signup-not-checked-in");
        Assert.That((await CheckAsync(coordinator, shiftId, volunteerId, "check-in", now.AddHours(-2))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-out", now.AddHours(-3)), HttpStatusCode.Conflict, "/check-out-before-check-in");
        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-out", now.AddHours(-2)), HttpStatusCode.Conflict, "/check-out-before-check-in");
        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-in"), HttpStatusCode.Conflict, "/signup-already-checked-in");
        Assert.That((await CheckAsync(coordinator, shiftId, volunteerId, "check-out", now)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-out", now), HttpStatusCode.Conflict, "/signup-already-checked-out");
        await AssertProblemAsync(await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}"), HttpStatusCode.Conflict, "/signup-already-checked-in");
    }

    [Test]
    public async Task OnlyConfirmedVolunteers_AreCheckedIn()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator, capacity: 1);
        await SignedUpAsync(coordinator, shiftId, await ActiveVolunteerAsync());
        var waiting = await ActiveVolunteerAsync();
        await SignedUpAsync(coordinator, shiftId, waiting);

        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, waiting, "check-in"), HttpStatusCode.Conflict, "/signup-not-confirmed");
        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, await ActiveVolunteerAsync(), "check-in"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AttendanceIsStaffBusiness()
    {
        var (coordinator, _, shiftId, volunteerId) = await SeatedVolunteerAsync();
        using var volunteer = await VolunteerClientAsync(volunteerId);
        using var trainer = await TrainerAsync();

        await AssertProblemAsync(await CheckAsync(Anonymous, shiftId, volunteerId, "check-in"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await CheckAsync(volunteer, shiftId, volunteerId, "check-in"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await CheckAsync(trainer, shiftId, volunteerId, "check-out"), HttpStatusCode.Forbidden);
        coordinator.Dispose();
    }

    [Test]
    public async Task Hours_AddUpPerCampaign_InTheDatabase()
    {
        using var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        var care = await CampaignAsync(coordinator, "publish", "start");
        var flood = IdOf(await CreateCampaignAsync(coordinator, b => b["title"] = new System.Text.Json.Nodes.JsonObject { ["kk"] = "Су тасқыны", ["ru"] = "Паводок" }));
        await TransitionAsync(coordinator, flood, "publish");
        var now = Clock.GetUtcNow();
        var worked = new[] { (care, 1, 2.0), (care, 2, 1.5), (flood, 3, 4.0) };
        foreach (var (campaign, day, hours) in worked)
        {
            var shiftId = await AddShiftAsync(coordinator, campaign, HqTime(HqToday.AddDays(day), 9), HqTime(HqToday.AddDays(day), 18));
            await SignedUpAsync(coordinator, shiftId, volunteerId);
            await CheckAsync(coordinator, shiftId, volunteerId, "check-in", now.AddDays(-day).AddHours(-hours));
            await CheckAsync(coordinator, shiftId, volunteerId, "check-out", now.AddDays(-day));
        }

        // A shift checked in but not out counts nothing yet.
        var open = await AddShiftAsync(coordinator, care, HqTime(HqToday.AddDays(5), 9), HqTime(HqToday.AddDays(5), 18));
        await SignedUpAsync(coordinator, open, volunteerId);
        await CheckAsync(coordinator, open, volunteerId, "check-in");

        var result = await GetJsonAsync(coordinator, $"/api/v1/volunteers/{volunteerId}/hours");

        Assert.That(result["totalHours"]!.GetValue<double>(), Is.EqualTo(7.5));
        var byCampaign = result["byCampaign"]!.AsArray().ToDictionary(c => Guid.Parse(c!["campaignId"]!.GetValue<string>()), c => c!["hours"]!.GetValue<double>());
        Assert.That(byCampaign, Is.EquivalentTo(new Dictionary<Guid, double> { [care] = 3.5, [flood] = 4.0 }));
        Assert.That(result["byCampaign"]![0]!["title"]!["ru"]!.GetValue<string>(), Is.EqualTo("Паводок"), "most hours first");
    }

    [Test]
    public async Task TheVolunteersRecordAndTheRegistryList_ShowTheCheckedOutHours_AsTheHoursReportDoes()
    {
        using var coordinator = await CoordinatorAsync();
        var worker = await ActiveVolunteerAsync("Жұмыскер");
        var newcomer = await ActiveVolunteerAsync("Жаңа");
        var campaign = await CampaignAsync(coordinator, "publish", "start");
        var now = Clock.GetUtcNow();
        foreach (var (day, hours) in new[] { (1, 2.25), (2, 4.0) })
        {
            var shiftId = await AddShiftAsync(coordinator, campaign, HqTime(HqToday.AddDays(day), 9), HqTime(HqToday.AddDays(day), 18));
            await SignedUpAsync(coordinator, shiftId, worker);
            await CheckAsync(coordinator, shiftId, worker, "check-in", now.AddDays(-day).AddHours(-hours));
            await CheckAsync(coordinator, shiftId, worker, "check-out", now.AddDays(-day));
        }

        var checkedInOnly = await AddShiftAsync(coordinator, campaign, HqTime(HqToday.AddDays(3), 9), HqTime(HqToday.AddDays(3), 18));
        await SignedUpAsync(coordinator, checkedInOnly, worker);
        await CheckAsync(coordinator, checkedInOnly, worker, "check-in");

        var report = await GetJsonAsync(coordinator, $"/api/v1/volunteers/{worker}/hours");
        Assert.That(report["totalHours"]!.GetValue<double>(), Is.EqualTo(6.25));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/volunteers/{worker}"))["hours"]!.GetValue<double>(), Is.EqualTo(6.25));
        using var self = await VolunteerClientAsync(worker);
        var patched = await self.PatchAsync($"/api/v1/volunteers/{worker}", System.Net.Http.Json.JsonContent.Create(new { nonEmergencyMessages = false }));
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patched.Content.ReadAsStringAsync());
        Assert.That((await patched.ReadJsonAsync())["hours"]!.GetValue<double>(), Is.EqualTo(6.25));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/volunteers/{newcomer}"))["hours"]!.GetValue<double>(), Is.Zero);

        var listed = (await GetJsonAsync(coordinator, "/api/v1/volunteers"))["items"]!.AsArray()
            .ToDictionary(v => Guid.Parse(v!["id"]!.GetValue<string>()), v => v!["hours"]!.GetValue<double>());
        Assert.That(listed, Is.EquivalentTo(new Dictionary<Guid, double> { [worker] = 6.25, [newcomer] = 0 }));
    }

    [Test]
    public async Task Hours_AreSeenByStaffAndTheVolunteerThemself_Only()
    {
        using var coordinator = await CoordinatorAsync();
        var me = await ActiveVolunteerAsync();
        var other = await ActiveVolunteerAsync();
        using var volunteer = await VolunteerClientAsync(me);
        using var trainer = await TrainerAsync();

        var mine = await GetJsonAsync(volunteer, $"/api/v1/volunteers/{me}/hours");
        Assert.That(mine["totalHours"]!.GetValue<double>(), Is.Zero);
        Assert.That(mine["byCampaign"]!.AsArray(), Is.Empty);
        await AssertProblemAsync(await volunteer.GetAsync($"/api/v1/volunteers/{other}/hours"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await trainer.GetAsync($"/api/v1/volunteers/{other}/hours"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/volunteers/{other}/hours"), HttpStatusCode.Unauthorized);
        Assert.That((await coordinator.GetAsync($"/api/v1/volunteers/{other}/hours")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/volunteers/{Guid.NewGuid()}/hours"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ACancelledCampaign_TakesNoAttendance()
    {
        var (coordinator, campaignId, shiftId, volunteerId) = await SeatedVolunteerAsync();
        await TransitionAsync(coordinator, campaignId, "cancel");

        await AssertProblemAsync(await CheckAsync(coordinator, shiftId, volunteerId, "check-in"), HttpStatusCode.Conflict, "/campaign-cancelled");
    }
}
