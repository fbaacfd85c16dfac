using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Background;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>
/// The no-show pass (driven one pass at a time; the shared app does not run it by itself), what a no-show means for
/// the volunteer's record and the shift's rules, and the status filter on a shift's sign-ups.
/// </summary>
public sealed class NoShowTests(TestDatabase database) : CampaignApiTest(database)
{
    private sealed record Shift(HttpClient Coordinator, Guid CampaignId, Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    /// <summary>A shift tomorrow from 09:00 to 13:00 HQ time in a running campaign.</summary>
    private async Task<Shift> ShiftAsync(int capacity = 10)
    {
        var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var startsAt = HqTime(HqToday.AddDays(1), 9);
        var endsAt = HqTime(HqToday.AddDays(1), 13);
        return new Shift(coordinator, campaignId, await AddShiftAsync(coordinator, campaignId, startsAt, endsAt, capacity), startsAt, endsAt);
    }

    private void MoveClockTo(DateTimeOffset instant) => Clock.Advance(instant - Clock.GetUtcNow());

    private Task<int> PassAsync() => Factory.Services.GetRequiredService<NoShowWorker>().RunOnceAsync(CancellationToken.None);

    private static async Task<string> StatusAsync(Shift shift, Guid volunteerId) =>
        (await GetJsonAsync(shift.Coordinator, $"/api/v1/shifts/{shift.Id}/signups/{volunteerId}"))["status"]!.GetValue<string>();

    private static async Task<int> NoShowsAsync(HttpClient staff, Guid volunteerId) =>
        (await GetJsonAsync(staff, $"/api/v1/volunteers/{volunteerId}"))["noShows"]!.GetValue<int>();

    private static Task<HttpResponseMessage> StaffAsync(Shift shift, Guid volunteerId, string action, DateTimeOffset? at = null) =>
        at is null
            ? shift.Coordinator.PostAsync($"/api/v1/shifts/{shift.Id}/signups/{volunteerId}/{action}", null)
            : shift.Coordinator.PostJsonAsync($"/api/v1/shifts/{shift.Id}/signups/{volunteerId}/{action}", new { at });

    [Test]
    public async Task ConfirmedWithoutCheckIn_BecomeNoShows_TwoHoursAfterTheEnd_Once()
    {
        var shift = await ShiftAsync(capacity: 2);
        var missing = await ActiveVolunteerAsync("Пропавшая");
        var came = await ActiveVolunteerAsync("Пришедшая");
        var waiting = await ActiveVolunteerAsync("Ждущая");
        var cancelled = await ActiveVolunteerAsync("Отменившая");
        foreach (var volunteer in new[] { missing, came, waiting })
        {
            await SignedUpAsync(shift.Coordinator, shift.Id, volunteer);
        }

        await SignedUpAsync(shift.Coordinator, shift.Id, cancelled);
        await shift.Coordinator.DeleteAsync($"/api/v1/shifts/{shift.Id}/signups/{cancelled}");
        MoveClockTo(shift.StartsAt);
        Assert.That((await StaffAsync(shift, came, "check-in")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        MoveClockTo(shift.EndsAt.AddMinutes(119));
        Assert.That(await PassAsync(), Is.Zero, "not before NoShow:AfterMinutes (120) after the end");
        Assert.That(await StatusAsync(shift, missing), Is.EqualTo("Confirmed"));

        MoveClockTo(shift.EndsAt.AddMinutes(120));
        Assert.That(await PassAsync(), Is.EqualTo(1));
        Assert.That(await PassAsync(), Is.Zero, "a sign-up is marked once");

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await StatusAsync(shift, missing), Is.EqualTo("NoShow"));
            Assert.That(await StatusAsync(shift, came), Is.EqualTo("Confirmed"), "checked in: the volunteer came");
            Assert.That(await StatusAsync(shift, waiting), Is.EqualTo("Waitlisted"), "never held a seat");
            Assert.That(await StatusAsync(shift, cancelled), Is.EqualTo("Cancelled"));
            Assert.That(await NoShowsAsync(shift.Coordinator, missing), Is.EqualTo(1));
            Assert.That(await NoShowsAsync(shift.Coordinator, came), Is.Zero);
        });
        using var own = await VolunteerClientAsync(missing);
        Assert.That((await GetJsonAsync(own, $"/api/v1/volunteers/{missing}"))["noShows"]!.GetValue<int>(), Is.EqualTo(1), "the volunteer sees their own count");
    }

    [Test]
    public async Task PassesRunningAtOnce_MarkEachSignUpOnce()
    {
        var shift = await ShiftAsync();
        var volunteers = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            volunteers.Add(await ActiveVolunteerAsync($"Пропавшая{i}"));
            await SignedUpAsync(shift.Coordinator, shift.Id, volunteers[^1]);
        }

        MoveClockTo(shift.EndsAt.AddHours(3));

        var marked = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(PassAsync)));

        Assert.That(marked.Sum(), Is.EqualTo(volunteers.Count), string.Join(", ", marked));
        Assert.That(await NoShowsAsync(shift.Coordinator, volunteers[0]), Is.EqualTo(1));
    }

    [Test]
    public async Task ALateStaffCheckIn_ClearsTheNoShow_AsRecorded_AndTheHoursCount()
    {
        var shift = await ShiftAsync();
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(shift.Coordinator, shift.Id, volunteerId);
        MoveClockTo(shift.EndsAt.AddDays(1));
        await PassAsync();
        Assert.That(await StatusAsync(shift, volunteerId), Is.EqualTo("NoShow"));
        Assert.That((await GetJsonAsync(shift.Coordinator, $"/api/v1/volunteers/{volunteerId}/hours"))["totalHours"]!.GetValue<double>(), Is.Zero, "a no-show has no hours");

        var checkIn = await StaffAsync(shift, volunteerId, "check-in", shift.StartsAt.AddMinutes(5));

        Assert.That(checkIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkIn.Content.ReadAsStringAsync());
        var body = await checkIn.ReadJsonAsync();
        Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        Assert.That(body["checkedInAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(shift.StartsAt.AddMinutes(5)));
        Assert.That(await NoShowsAsync(shift.Coordinator, volunteerId), Is.Zero);
        Assert.That((await StaffAsync(shift, volunteerId, "check-out", shift.EndsAt)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetJsonAsync(shift.Coordinator, $"/api/v1/volunteers/{volunteerId}/hours"))["totalHours"]!.GetValue<double>(), Is.EqualTo(3.92));
        Assert.That(await PassAsync(), Is.Zero, "checked in: never a no-show again");
    }

    [Test]
    public async Task ANoShow_IsNotCancelled_AndBlocksNoOtherShiftAtThatTime()
    {
        var shift = await ShiftAsync();
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(shift.Coordinator, shift.Id, volunteerId);
        var sameTime = await AddShiftAsync(shift.Coordinator, shift.CampaignId, shift.StartsAt, shift.EndsAt);
        MoveClockTo(shift.EndsAt.AddHours(3));
        await PassAsync();

        await AssertProblemAsync(await shift.Coordinator.DeleteAsync($"/api/v1/shifts/{shift.Id}/signups/{volunteerId}"), HttpStatusCode.Conflict, "/signup-no-show");
        await AssertProblemAsync(await SignUpAsync(shift.Coordinator, shift.Id, volunteerId), HttpStatusCode.Conflict, "/signup-duplicate");
        var elsewhere = await SignUpAsync(shift.Coordinator, sameTime, volunteerId);
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Created), "the missed shift held none of the volunteer's time: " + await elsewhere.Content.ReadAsStringAsync());
        var counts = await GetJsonAsync(shift.Coordinator, $"/api/v1/shifts/{shift.Id}");
        Assert.That(counts["confirmedCount"]!.GetValue<int>(), Is.EqualTo(1), "the seat stays counted, so a late check-in never finds the shift full");
    }

    [Test]
    public async Task StatusFilter_ListsOnlyThatStatus()
    {
        var shift = await ShiftAsync(capacity: 1);
        var missing = await ActiveVolunteerAsync("Пропавшая");
        var waiting = await ActiveVolunteerAsync("Ждущая");
        await SignedUpAsync(shift.Coordinator, shift.Id, missing);
        await SignedUpAsync(shift.Coordinator, shift.Id, waiting);
        MoveClockTo(shift.EndsAt.AddHours(3));
        await PassAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await VolunteerIdsAsync(shift, "?status=NoShow"), Is.EqualTo(new[] { missing }));
            Assert.That(await VolunteerIdsAsync(shift, "?status=Waitlisted"), Is.EqualTo(new[] { waiting }));
            Assert.That(await VolunteerIdsAsync(shift, "?status=noshow"), Is.EqualTo(new[] { missing }), "case ignored, as for enums in bodies");
            Assert.That(await VolunteerIdsAsync(shift, "?status=Confirmed"), Is.Empty);
            Assert.That(await VolunteerIdsAsync(shift, ""), Is.EquivalentTo(new[] { missing, waiting }));
        });
    }

    [TestCase("Absent")]
    [TestCase("3")]
    [TestCase("")]
    public async Task StatusFilter_WithAnUnknownStatus_Is400WithAFieldError(string status)
    {
        var shift = await ShiftAsync();

        var response = await shift.Coordinator.GetAsync($"/api/v1/shifts/{shift.Id}/signups?status={status}");

        if (status.Length == 0)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an empty filter is no filter");
            return;
        }

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await response.ReadJsonAsync())["errors"]!["status"], Is.Not.Null);
    }

    private static async Task<Guid[]> VolunteerIdsAsync(Shift shift, string query) =>
        [.. (await GetJsonAsync(shift.Coordinator, $"/api/v1/shifts/{shift.Id}/signups{query}")).AsArray()
            .Select(e => Guid.Parse(e!["volunteerId"]!.GetValue<string>()))];
}

/// <summary><c>NoShow:AfterMinutes</c> decides when the pass marks, on an app of its own with the setting changed.</summary>
public sealed class NoShowSettingTests(TestDatabase database) : CampaignApiTest(database)
{
    protected override VolunteersApiFactory CreateOwnFactory() =>
        new(Database, new Dictionary<string, string?> { ["NoShow:AfterMinutes"] = "30" });

    [Test]
    public async Task AfterMinutes_SetsTheDelay_AndANoShowCannotCheckInByCode()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var endsAt = HqTime(HqToday.AddDays(1), 13);
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 9), endsAt);
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(coordinator, shiftId, volunteerId);
        var code = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/check-in-code"))["code"]!.GetValue<string>();
        var worker = Factory.Services.GetRequiredService<NoShowWorker>();

        Clock.Advance(endsAt.AddMinutes(29) - Clock.GetUtcNow());
        Assert.That(await worker.RunOnceAsync(CancellationToken.None), Is.Zero);
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await worker.RunOnceAsync(CancellationToken.None), Is.EqualTo(1));

        using var volunteer = await VolunteerClientAsync(volunteerId);
        var selfCheckIn = await volunteer.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/self-check-in", new { code });
        await AssertProblemAsync(selfCheckIn, HttpStatusCode.Conflict, "/signup-not-confirmed");
        var signUp = await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups/{volunteerId}");
        Assert.That(signUp["status"]!.GetValue<string>(), Is.EqualTo("NoShow"), "staff clear a no-show, the code does not");
    }
}
