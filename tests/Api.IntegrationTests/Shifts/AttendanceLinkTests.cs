using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Shifts;

/// <summary>
/// Answering "coming" or "not coming" from the link in a reminder, with the real mail channel of a server without SMTP:
/// .eml files in a folder of this fixture's own, whose links the tests follow.
/// </summary>
public sealed class AttendanceLinkTests(TestDatabase database) : ShiftMailTest(database)
{
    protected override VolunteersApiFactory CreateOwnFactory() => new(Database, Settings(("Mail:PickupDirectory", PickupDirectory)));

    [TestCase("kk", "Ауысым туралы еске салу", "Сәлеметсіз бе, Айгерим!")]
    [TestCase("ru", "Напоминание о смене", "Здравствуйте, Айгерим!")]
    [TestCase("en", "Shift reminder", "Hello, Айгерим!")]
    public async Task TheReminderMail_InEachLanguage_CarriesAWorkingAttendanceLink(string language, string subject, string greeting)
    {
        using var staff = await AdminAsync();
        var shift = await ShiftStartingInAsync(staff, TimeSpan.FromHours(10));
        var volunteer = await AVolunteer().Named("Айгерим", "Нурланова").Speaking(language).SaveAsync(Factory);
        await SignedUpAsync(staff, shift, volunteer.Id);
        Assert.That(await SendPassAsync(), Is.EqualTo(1));

        var mail = await MailToAsync(volunteer.Email!);
        Assert.That(mail.Subject, Does.StartWith(subject));
        Assert.That(mail.TextBody, Does.StartWith(greeting));
        var link = new Uri(mail.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://localhost/api/v1/attendance/", StringComparison.Ordinal)));

        var seat = await OkJsonAsync(await Anonymous.GetAsync(link.PathAndQuery));
        Assert.Multiple(() =>
        {
            Assert.That(seat["shiftId"]!.GetValue<Guid>(), Is.EqualTo(shift));
            Assert.That(seat["campaignTitle"]!["kk"]!.GetValue<string>(), Is.EqualTo("Қамқорлық мекенжайы"));
            Assert.That(seat["firstName"]!.GetValue<string>(), Is.EqualTo("Айгерим"));
            Assert.That(seat["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
            Assert.That(seat["answer"], Is.Null);
            Assert.That(seat.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "shiftId", "campaignTitle", "startsAt", "endsAt", "location", "firstName", "status", "answer" }),
                "no other personal data");
        });
        var answered = await OkJsonAsync(await Anonymous.PostJsonAsync(link.PathAndQuery, new { answer = "Coming" }));
        Assert.That(answered["answer"]!.GetValue<string>(), Is.EqualTo("Coming"));
    }

    [Test]
    public async Task Coming_IsRecordedOnce_AndStaffSeeEachAnswer()
    {
        using var staff = await AdminAsync();
        var shift = await ShiftStartingInAsync(staff, TimeSpan.FromHours(10));
        var coming = await AVolunteer().SaveAsync(Factory);
        var silent = await AVolunteer().SaveAsync(Factory);
        await SignedUpAsync(staff, shift, coming.Id);
        await SignedUpAsync(staff, shift, silent.Id);
        await SendPassAsync();
        var token = TokenIn((await MailToAsync(coming.Email!)).TextBody);

        var first = await (await AnswerAsync(token, "Coming")).Content.ReadAsStringAsync();
        var again = await AnswerAsync(token, "Coming");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await again.Content.ReadAsStringAsync(), Is.EqualTo(first), "the same answer again is the same 200");

        var signUps = (await GetJsonAsync(staff, $"/api/v1/shifts/{shift}/signups")).AsArray();
        Assert.That(signUps.ToDictionary(s => s!["volunteerId"]!.GetValue<Guid>(), s => s!["answer"]?.GetValue<string>()),
            Is.EquivalentTo(new Dictionary<Guid, string?> { [coming.Id] = "Coming", [silent.Id] = null }));
    }

    [Test]
    public async Task NotComing_FreesTheSeatForTheFirstWaiting_WhoIsMailedTheirOwnLink_ThenEveryAnswerIs409()
    {
        using var staff = await AdminAsync();
        var shift = await ShiftStartingInAsync(staff, TimeSpan.FromHours(10), capacity: 1);
        var holder = await AVolunteer().SaveAsync(Factory);
        var first = await AVolunteer().SaveAsync(Factory);
        var second = await AVolunteer().SaveAsync(Factory);
        foreach (var id in new[] { holder.Id, first.Id, second.Id })
        {
            await SignedUpAsync(staff, shift, id);
        }

        await SendPassAsync();
        var token = TokenIn((await MailToAsync(holder.Email!)).TextBody);
        Assert.That((await OkJsonAsync(await AnswerAsync(token, "Coming")))["answer"]!.GetValue<string>(), Is.EqualTo("Coming"));
        var declined = await OkJsonAsync(await AnswerAsync(token, "NotComing"));
        Assert.That((declined["status"]!.GetValue<string>(), declined["answer"]!.GetValue<string>()), Is.EqualTo(("Cancelled", "NotComing")), "Coming can still change to NotComing");

        var signUps = (await GetJsonAsync(staff, $"/api/v1/shifts/{shift}/signups")).AsArray()
            .ToDictionary(s => s!["volunteerId"]!.GetValue<Guid>(), s => (s!["status"]!.GetValue<string>(), s["answer"]?.GetValue<string>()));
        Assert.That(signUps[holder.Id], Is.EqualTo(("Cancelled", "NotComing")));
        Assert.That(signUps[first.Id].Item1, Is.EqualTo("Confirmed"), "the first on the waitlist took the seat at once");
        Assert.That(signUps[second.Id].Item1, Is.EqualTo("Waitlisted"));
        var shiftNow = await GetJsonAsync(staff, $"/api/v1/shifts/{shift}");
        Assert.That((shiftNow["confirmedCount"]!.GetValue<int>(), shiftNow["waitlistedCount"]!.GetValue<int>()), Is.EqualTo((1, 1)));

        Assert.That(await SendPassAsync(), Is.EqualTo(1));
        var promotedMail = await MailToAsync(first.Email!);
        Assert.That(promotedMail.Subject, Does.Contain("Сізге орын босады").Or.Contain("Для вас освободилось место").Or.Contain("You now have a place"));
        var promotedToken = TokenIn(promotedMail.TextBody);
        Assert.That(promotedToken, Is.Not.EqualTo(token));
        Assert.That((await OkJsonAsync(await Anonymous.GetAsync($"/api/v1/attendance/{promotedToken}")))["firstName"]!.GetValue<string>(), Is.EqualTo(first.FirstName));

        await AssertProblemAsync(await AnswerAsync(token, "NotComing"), HttpStatusCode.Conflict, "/signup-cancelled");
        await AssertProblemAsync(await AnswerAsync(token, "Coming"), HttpStatusCode.Conflict, "/signup-cancelled");
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/attendance/{token}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task UnknownAndDeadLinks_Are404_AndWrongAnswers400WithTheField_ChangingNothing()
    {
        using var staff = await AdminAsync();
        var shift = await ShiftStartingInAsync(staff, TimeSpan.FromHours(1));
        var volunteer = await AVolunteer().SaveAsync(Factory);
        await SignedUpAsync(staff, shift, volunteer.Id);
        await SendPassAsync();
        var token = TokenIn((await MailToAsync(volunteer.Email!)).TextBody);
        Assert.That(token, Has.Length.GreaterThanOrEqualTo(22), "at least 128 random bits");

        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/attendance/not-a-token"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await AnswerAsync(new string('x', 500), "Coming"), HttpStatusCode.NotFound);
        foreach (var body in new object[] { new { answer = "Maybe" }, new { }, new { answer = (string?)null }, new { answer = 1 } })
        {
            var wrong = await Anonymous.PostJsonAsync($"/api/v1/attendance/{token}", body);
            await AssertProblemAsync(wrong, HttpStatusCode.BadRequest);
            Assert.That((await wrong.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "answer" }), $"{System.Text.Json.JsonSerializer.Serialize(body)}");
        }

        Assert.That((await OkJsonAsync(await Anonymous.GetAsync($"/api/v1/attendance/{token}")))["answer"], Is.Null, "nothing changed");

        Clock.Advance(TimeSpan.FromHours(5));
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/attendance/{token}"), HttpStatusCode.NotFound, "/not-found");
        await AssertProblemAsync(await AnswerAsync(token, "NotComing"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task NotComing_AfterCheckIn_Is409_AndKeepsTheSeat()
    {
        using var staff = await AdminAsync();
        var shift = await ShiftStartingInAsync(staff, TimeSpan.FromMinutes(30));
        var volunteer = await AVolunteer().SaveAsync(Factory);
        await SignedUpAsync(staff, shift, volunteer.Id);
        await SendPassAsync();
        var token = TokenIn((await MailToAsync(volunteer.Email!)).TextBody);
        Assert.That((await staff.PostAsync($"/api/v1/shifts/{shift}/signups/{volunteer.Id}/check-in", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await AssertProblemAsync(await AnswerAsync(token, "NotComing"), HttpStatusCode.Conflict, "/signup-already-checked-in");
        Assert.That((await OkJsonAsync(await Anonymous.GetAsync($"/api/v1/attendance/{token}")))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task TheLastSeatFreedByNotComing_WhileTwoSignUp_GoesToExactlyOne()
    {
        using var staff = await AdminAsync();
        for (var round = 0; round < 3; round++)
        {
            var shift = await ShiftStartingInAsync(staff, TimeSpan.FromHours(10 + round * 5), capacity: 1);
            var holder = await AVolunteer().SaveAsync(Factory);
            await SignedUpAsync(staff, shift, holder.Id);
            await SendPassAsync();
            var token = TokenIn((await MailToAsync(holder.Email!)).TextBody);
            var racers = new[] { await AVolunteer().SaveIdAsync(Factory), await AVolunteer().SaveIdAsync(Factory) };

            var answer = Task.Run(() => AnswerAsync(token, "NotComing"));
            var signUps = racers.Select(id => Task.Run(() => SignUpAsync(staff, shift, id))).ToList();
            Assert.That((await answer).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            foreach (var signUp in await Task.WhenAll(signUps))
            {
                Assert.That(signUp.StatusCode, Is.EqualTo(HttpStatusCode.Created), await signUp.Content.ReadAsStringAsync());
            }

            var roster = (await GetJsonAsync(staff, $"/api/v1/shifts/{shift}/signups")).AsArray();
            var statuses = racers.Select(id => roster.Single(s => s!["volunteerId"]!.GetValue<Guid>() == id)!["status"]!.GetValue<string>()).ToList();
            Assert.That(statuses, Is.EquivalentTo(new[] { "Confirmed", "Waitlisted" }), "one gets the seat, the other waits");
            var counts = await GetJsonAsync(staff, $"/api/v1/shifts/{shift}");
            Assert.That((counts["confirmedCount"]!.GetValue<int>(), counts["waitlistedCount"]!.GetValue<int>()), Is.EqualTo((1, 1)), "capacity holds");
        }
    }
}

/// <summary>The anonymous attendance route is a bearer token in a URL: it is limited per client address.</summary>
public sealed class AttendanceLinkRateLimitTests(TestDatabase database) : ShiftMailTest(database)
{
    protected override VolunteersApiFactory CreateOwnFactory() => new(Database, Settings(("RateLimiting:AttendanceLink:PermitLimit", "3"), ("RateLimiting:AttendanceLink:WindowSeconds", "3600")));

    [Test]
    public async Task GuessingTokens_IsLimitedPerAddress_With429AndRetryAfter()
    {
        for (var i = 0; i < 3; i++)
        {
            await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/attendance/guess-{i}"), HttpStatusCode.NotFound);
        }

        var limited = await Anonymous.PostJsonAsync("/api/v1/attendance/guess-4", new JsonObject { ["answer"] = "Coming" });
        await AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
    }
}
