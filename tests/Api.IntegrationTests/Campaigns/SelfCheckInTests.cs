using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using QRCoder;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>The shift's check-in code (staff) and the volunteer's own check-in and check-out with it.</summary>
public sealed class SelfCheckInTests(TestDatabase database) : CampaignApiTest(database)
{
    private sealed record Seat(HttpClient Coordinator, Guid ShiftId, Guid VolunteerId, HttpClient Volunteer, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    /// <summary>A volunteer seated on a 4-hour shift tomorrow (09:00–13:00 HQ time) of a running campaign.</summary>
    private async Task<Seat> SeatAsync(int capacity = 10)
    {
        var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var startsAt = HqTime(HqToday.AddDays(1), 9);
        var endsAt = HqTime(HqToday.AddDays(1), 13);
        var shiftId = await AddShiftAsync(coordinator, campaignId, startsAt, endsAt, capacity);
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(coordinator, shiftId, volunteerId);
        return new Seat(coordinator, shiftId, volunteerId, await VolunteerClientAsync(volunteerId), startsAt, endsAt);
    }

    private void MoveClockTo(DateTimeOffset instant) => Clock.Advance(instant - Clock.GetUtcNow());

    private static async Task<string> CodeAsync(HttpClient staff, Guid shiftId) =>
        (await GetJsonAsync(staff, $"/api/v1/shifts/{shiftId}/check-in-code"))["code"]!.GetValue<string>();

    private static Task<HttpResponseMessage> SelfAsync(HttpClient client, Guid shiftId, Guid volunteerId, string action, object body) =>
        client.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}/self-{action}", body);

    private static Task<HttpResponseMessage> SelfAsync(Seat seat, string action, string code) =>
        SelfAsync(seat.Volunteer, seat.ShiftId, seat.VolunteerId, action, new { code });

    private static string WrongCode(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonNode> SignUpOfAsync(Seat seat) =>
        await GetJsonAsync(seat.Coordinator, $"/api/v1/shifts/{seat.ShiftId}/signups/{seat.VolunteerId}");

    [Test]
    public async Task Code_IsSixDigits_ValidAnHourAroundTheShift_TheSameOnEveryRequest_WithAQrOfTheCheckInLink()
    {
        var seat = await SeatAsync();

        var body = await GetJsonAsync(seat.Coordinator, $"/api/v1/shifts/{seat.ShiftId}/check-in-code");

        var code = body["code"]!.GetValue<string>();
        Assert.That(code, Does.Match("^[0-9]{6}$"));
        Assert.That(body["validFrom"]!.GetValue<DateTimeOffset>(), Is.EqualTo(seat.StartsAt.AddMinutes(-60)));
        Assert.That(body["validUntil"]!.GetValue<DateTimeOffset>(), Is.EqualTo(seat.EndsAt.AddMinutes(60)));
        var svg = body["qrSvg"]!.GetValue<string>();
        Assert.That(XDocument.Parse(svg).Root!.Name.LocalName, Is.EqualTo("svg"));
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode($"volunteers:check-in?shift={seat.ShiftId}&code={code}", QRCodeGenerator.ECCLevel.M);
        Assert.That(svg, Is.EqualTo(new SvgQRCode(expected).GetGraphic(8)), "the QR image holds the check-in link with this shift and code");
        Assert.That(await CodeAsync(seat.Coordinator, seat.ShiftId), Is.EqualTo(code), "asking again shows the same code");
    }

    [Test]
    public async Task Codes_AreRandomPerShift_NotDerivedFromTheShift()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish");
        var codes = new HashSet<string>();
        for (var i = 0; i < 5; i++)
        {
            var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 8 + i), HqTime(HqToday.AddDays(1), 9 + i));
            codes.Add(await CodeAsync(coordinator, shiftId));
        }

        Assert.That(codes, Has.Count.GreaterThanOrEqualTo(4), "five shifts, (almost surely) five different codes");
    }

    [Test]
    public async Task Code_IsForStaffOnly()
    {
        var seat = await SeatAsync();

        await AssertProblemAsync(await seat.Volunteer.GetAsync($"/api/v1/shifts/{seat.ShiftId}/check-in-code"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await seat.Volunteer.PostAsync($"/api/v1/shifts/{seat.ShiftId}/check-in-code/rotate", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await seat.Coordinator.GetAsync($"/api/v1/shifts/{Guid.NewGuid()}/check-in-code"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task SelfCheckInAndOut_WithTheCode_UseTheServersNow_AndMakeHours()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt.AddMinutes(-10));
        var arrived = Clock.GetUtcNow();

        var checkIn = await SelfAsync(seat, "check-in", code);

        Assert.That(checkIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkIn.Content.ReadAsStringAsync());
        Assert.That((await checkIn.ReadJsonAsync())["checkedInAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(arrived));

        Clock.Advance(TimeSpan.FromHours(4.25));
        var checkOut = await SelfAsync(seat, "check-out", code);

        Assert.That(checkOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkOut.Content.ReadAsStringAsync());
        var answer = await checkOut.ReadJsonAsync();
        Assert.That(answer["checkedOutAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(arrived.AddHours(4.25)));
        Assert.That(answer["hours"]!.GetValue<double>(), Is.EqualTo(4.25));
        Assert.That((await GetJsonAsync(seat.Coordinator, $"/api/v1/volunteers/{seat.VolunteerId}/hours"))["totalHours"]!.GetValue<double>(), Is.EqualTo(4.25));
        await AssertProblemAsync(await SelfAsync(seat, "check-out", code), HttpStatusCode.Conflict, "/signup-already-checked-out");
    }

    [Test]
    public async Task SelfCheckOut_BeforeCheckingIn_Is409()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt);

        await AssertProblemAsync(await SelfAsync(seat, "check-out", code), HttpStatusCode.Conflict, "/signup-not-checked-in");
    }

    [Test]
    public async Task OutsideTheWindow_Is409_CheckedBeforeTheCode_AndNotCountedAsWrong()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);

        MoveClockTo(seat.StartsAt.AddMinutes(-61));
        for (var i = 0; i < CheckInCodeMaxWrongTries + 1; i++)
        {
            await AssertProblemAsync(await SelfAsync(seat, "check-in", WrongCode(code)), HttpStatusCode.Conflict, "/check-in-outside-window");
        }

        await AssertProblemAsync(await SelfAsync(seat, "check-in", code), HttpStatusCode.Conflict, "/check-in-outside-window");
        MoveClockTo(seat.StartsAt.AddMinutes(-60));
        await AssertProblemAsync(await SelfAsync(seat, "check-in", WrongCode(code)), HttpStatusCode.Conflict, "/check-in-code-invalid");
        Assert.That((await SelfAsync(seat, "check-in", code)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the tries outside the window were not counted");

        MoveClockTo(seat.EndsAt.AddMinutes(61));
        await AssertProblemAsync(await SelfAsync(seat, "check-out", code), HttpStatusCode.Conflict, "/check-in-outside-window");
        Assert.That((await SignUpOfAsync(seat))["checkedOutAt"], Is.Null);
    }

    [Test]
    public async Task WrongCode_Is409_AndChangesNothing()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt);

        await AssertProblemAsync(await SelfAsync(seat, "check-in", WrongCode(code)), HttpStatusCode.Conflict, "/check-in-code-invalid");

        Assert.That((await SignUpOfAsync(seat))["checkedInAt"], Is.Null);
    }

    [Test]
    public async Task Rotating_ReplacesTheCodeAtOnce()
    {
        var seat = await SeatAsync();
        var old = await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt);

        var rotated = await seat.Coordinator.PostAsync($"/api/v1/shifts/{seat.ShiftId}/check-in-code/rotate", null);

        Assert.That(rotated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await rotated.Content.ReadAsStringAsync());
        var body = await rotated.ReadJsonAsync();
        var fresh = body["code"]!.GetValue<string>();
        Assert.That(fresh, Does.Match("^[0-9]{6}$").And.Not.EqualTo(old));
        Assert.That(body["validFrom"]!.GetValue<DateTimeOffset>(), Is.EqualTo(seat.StartsAt.AddMinutes(-60)));
        Assert.That(await CodeAsync(seat.Coordinator, seat.ShiftId), Is.EqualTo(fresh));
        await AssertProblemAsync(await SelfAsync(seat, "check-in", old), HttpStatusCode.Conflict, "/check-in-code-invalid");
        Assert.That((await SelfAsync(seat, "check-in", fresh)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task FiveWrongCodes_WithinFifteenMinutes_Then429WithRetryAfter_EvenForTheRightCode_UntilTheWindowPasses()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        var other = await ActiveVolunteerAsync("Другая");
        await SignedUpAsync(seat.Coordinator, seat.ShiftId, other);
        using var otherClient = await VolunteerClientAsync(other);
        MoveClockTo(seat.StartsAt);

        for (var i = 0; i < CheckInCodeMaxWrongTries; i++)
        {
            await AssertProblemAsync(await SelfAsync(seat, "check-in", WrongCode(code)), HttpStatusCode.Conflict, "/check-in-code-invalid");
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var locked = await SelfAsync(seat, "check-in", code);

        await AssertProblemAsync(locked, HttpStatusCode.TooManyRequests, "/check-in-code-tries-exceeded");
        Assert.That(locked.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(10)), "15 minutes from the first wrong try, 5 of them gone");
        Assert.That((await SignUpOfAsync(seat))["checkedInAt"], Is.Null);
        Assert.That((await SelfAsync(otherClient, seat.ShiftId, other, "check-in", new { code })).StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "the count is per sign-up");

        Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.That((await SelfAsync(seat, "check-in", code)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheRightCode_ForgetsEarlierWrongOnes()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt);
        for (var i = 0; i < CheckInCodeMaxWrongTries - 1; i++)
        {
            await AssertProblemAsync(await SelfAsync(seat, "check-in", WrongCode(code)), HttpStatusCode.Conflict, "/check-in-code-invalid");
        }

        Assert.That((await SelfAsync(seat, "check-in", code)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Clock.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < CheckInCodeMaxWrongTries - 1; i++)
        {
            await AssertProblemAsync(await SelfAsync(seat, "check-out", WrongCode(code)), HttpStatusCode.Conflict, "/check-in-code-invalid");
        }

        Assert.That((await SelfAsync(seat, "check-out", code)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "four wrong tries after the right one are not five");
    }

    [Test]
    public async Task ParallelGuesses_AreCountedInTheDatabase_NoMoreThanFiveAreCompared()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt);

        var answers = await Task.WhenAll(Enumerable.Range(1, 12).Select(i =>
            SelfAsync(seat, "check-in", ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture))));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.Conflict), Is.EqualTo(CheckInCodeMaxWrongTries), string.Join(", ", statuses));
        Assert.That(statuses.Count(s => s == HttpStatusCode.TooManyRequests), Is.EqualTo(12 - CheckInCodeMaxWrongTries));
        await AssertProblemAsync(await SelfAsync(seat, "check-in", code), HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task OnlyTheVolunteerThemself_ChecksInByCode()
    {
        var seat = await SeatAsync();
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        var other = await ActiveVolunteerAsync("Другая");
        using var otherClient = await VolunteerClientAsync(other);
        MoveClockTo(seat.StartsAt);

        await AssertProblemAsync(await SelfAsync(otherClient, seat.ShiftId, seat.VolunteerId, "check-in", new { code }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await SelfAsync(seat.Coordinator, seat.ShiftId, seat.VolunteerId, "check-in", new { code }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await SelfAsync(otherClient, seat.ShiftId, seat.VolunteerId, "check-out", new { code }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await SelfAsync(Anonymous, seat.ShiftId, seat.VolunteerId, "check-in", new { code }), HttpStatusCode.Unauthorized);
        Assert.That((await SignUpOfAsync(seat))["checkedInAt"], Is.Null);
    }

    [Test]
    public async Task AWaitlistedVolunteer_CannotCheckInByCode()
    {
        var seat = await SeatAsync(capacity: 1);
        var code = await CodeAsync(seat.Coordinator, seat.ShiftId);
        var waiting = await ActiveVolunteerAsync("Ждущая");
        Assert.That((await SignedUpAsync(seat.Coordinator, seat.ShiftId, waiting))["status"]!.GetValue<string>(), Is.EqualTo("Waitlisted"));
        using var waitingClient = await VolunteerClientAsync(waiting);
        MoveClockTo(seat.StartsAt);

        await AssertProblemAsync(await SelfAsync(waitingClient, seat.ShiftId, waiting, "check-in", new { code }), HttpStatusCode.Conflict, "/signup-not-confirmed");
        await AssertProblemAsync(await SelfAsync(seat.Volunteer, Guid.NewGuid(), seat.VolunteerId, "check-in", new { code }), HttpStatusCode.NotFound);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("12345")]
    [TestCase("1234567")]
    [TestCase("12a456")]
    [TestCase("١٢٣٤٥٦")]
    public async Task ACodeThatIsNotSixDigits_Is400WithAFieldError(string? code)
    {
        var seat = await SeatAsync();
        await CodeAsync(seat.Coordinator, seat.ShiftId);
        MoveClockTo(seat.StartsAt);

        var response = await SelfAsync(seat, "check-in", code!);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await response.ReadJsonAsync())["errors"]!["code"], Is.Not.Null);
        Assert.That((await SignUpOfAsync(seat))["checkedInAt"], Is.Null);
    }

    [Test]
    public async Task FieldErrors_FollowAcceptLanguage()
    {
        var seat = await SeatAsync();
        seat.Volunteer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk");

        var response = await SelfAsync(seat, "check-in", "12");

        var message = (await response.ReadJsonAsync())["errors"]!["code"]![0]!.GetValue<string>();
        Assert.That(message, Does.Contain("алты цифр"));
    }

    private const int CheckInCodeMaxWrongTries = 5;
}
