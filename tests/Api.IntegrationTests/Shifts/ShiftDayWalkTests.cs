using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Background;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Shifts;

/// <summary>
/// The day of a shift end to end over HTTP (issue 15's "done when"): the reminder arrives as an .eml, the volunteer
/// answers from its link without signing in, checks in and out with the code the coordinator shows, and has hours; a
/// second volunteer who never came becomes a no-show. docs/shifts.md walks through the same calls.
/// </summary>
public sealed class ShiftDayWalkTests(TestDatabase database) : ShiftMailTest(database)
{
    protected override VolunteersApiFactory CreateOwnFactory() => new(Database, Settings(("Mail:PickupDirectory", PickupDirectory)));

    [Test]
    public async Task ReminderLink_SelfCheckInAndOut_Hours_AndANoShow()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(26), capacity: 5);
        var startsAt = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shift}"))["startsAt"]!.GetValue<DateTimeOffset>();
        var aigerim = await AVolunteer().Named("Айгерим", "Нұрланова").Speaking("kk").SaveAsync(Factory);
        var dmitry = await AVolunteer().Named("Дмитрий", "Соколов").Speaking("ru").SaveAsync(Factory);
        using var aigerimApp = await VolunteerClientAsync(aigerim.Id);
        using var dmitryApp = await VolunteerClientAsync(dmitry.Id);

        // 1. Each signs themself up: 201 Confirmed.
        Assert.That((await SignedUpAsync(aigerimApp, shift, aigerim.Id))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        Assert.That((await SignedUpAsync(dmitryApp, shift, dmitry.Id))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        Assert.That(await SendPassAsync(), Is.Zero, "26 h ahead, no reminder is due yet");

        // 2. 24 h before the start the reminders go, each in its volunteer's language, as .eml files (no SMTP host).
        Clock.Advance(TimeSpan.FromHours(2));
        Assert.That(await SendPassAsync(), Is.EqualTo(2));
        var mail = await MailToAsync(aigerim.Email!);
        Assert.That(mail.Subject, Does.StartWith("Ауысым туралы еске салу"));
        var link = new Uri(mail.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http://localhost/api/v1/attendance/", StringComparison.Ordinal)));

        // 3. She answers from the link, without signing in: GET 200 shows the seat, POST Coming 200.
        var seat = await OkJsonAsync(await Anonymous.GetAsync(link.PathAndQuery));
        Assert.That(seat["firstName"]!.GetValue<string>(), Is.EqualTo("Айгерим"));
        Assert.That((await OkJsonAsync(await Anonymous.PostJsonAsync(link.PathAndQuery, new { answer = "Coming" })))["answer"]!.GetValue<string>(), Is.EqualTo("Coming"));
        var roster = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shift}/signups")).AsArray();
        Assert.That(roster.Single(s => s!["volunteerId"]!.GetValue<Guid>() == aigerim.Id)!["answer"]!.GetValue<string>(), Is.EqualTo("Coming"));
        Assert.That(roster.Single(s => s!["volunteerId"]!.GetValue<Guid>() == dmitry.Id)!["answer"], Is.Null, "staff see who confirmed");

        // 4. At the place: the coordinator shows the code (200), she checks in with it ten minutes early (200) ...
        var code = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shift}/check-in-code"))["code"]!.GetValue<string>();
        Clock.Advance(startsAt.AddMinutes(-10) - Clock.GetUtcNow());
        var checkIn = await aigerimApp.PostJsonAsync($"/api/v1/shifts/{shift}/signups/{aigerim.Id}/self-check-in", new { code });
        Assert.That(checkIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkIn.Content.ReadAsStringAsync());

        // 5. ... and out four hours later (200), which makes her hours.
        Clock.Advance(TimeSpan.FromHours(4));
        var checkOut = await aigerimApp.PostJsonAsync($"/api/v1/shifts/{shift}/signups/{aigerim.Id}/self-check-out", new { code });
        Assert.That(checkOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkOut.Content.ReadAsStringAsync());
        Assert.That((await GetJsonAsync(aigerimApp, $"/api/v1/volunteers/{aigerim.Id}/hours"))["totalHours"]!.GetValue<double>(), Is.EqualTo(4));

        // 6. Two hours after the end the no-show pass marks Dmitry, who never came.
        Clock.Advance(TimeSpan.FromHours(2.25));
        Assert.That(await Factory.Services.GetRequiredService<NoShowWorker>().RunOnceAsync(CancellationToken.None), Is.EqualTo(1));
        var noShows = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shift}/signups?status=NoShow")).AsArray();
        Assert.That(noShows.Select(s => s!["volunteerId"]!.GetValue<Guid>()), Is.EqualTo(new[] { dmitry.Id }));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/volunteers/{dmitry.Id}"))["noShows"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/volunteers/{aigerim.Id}"))["noShows"]!.GetValue<int>(), Is.Zero);
        Assert.That((await Anonymous.GetAsync(link.PathAndQuery)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the link dies with the shift");
    }
}
