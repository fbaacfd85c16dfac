using System.Net.Http.Json;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Mobilizations;
using Volunteers.Application.Common.Email;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;

namespace Volunteers.Api.IntegrationTests.Shifts;

/// <summary>Reminders before a shift (default leads 24 h and 2 h), driven by the test clock and one sender pass at a time.</summary>
public sealed class ShiftReminderTests(TestDatabase database) : ShiftMailTest(database)
{
    private readonly RecordingEmailSender _mail = new();

    protected override VolunteersApiFactory CreateOwnFactory() => new(Database, Settings(), services =>
    {
        services.RemoveAll<IEmailSender>();
        services.AddSingleton<IEmailSender>(_mail);
    });

    [SetUp]
    public void ForgetMail() => _mail.Clear();

    [Test]
    public async Task AConfirmedSeat_GetsOneReminderPerLead_WhenItFallsDue_AndNoneAfterTheStart()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(25));
        var volunteer = await AVolunteer().Named("Emma").Speaking("en").SaveAsync(Factory);
        await SignedUpAsync(coordinator, shift, volunteer.Id);

        Assert.That(await SendPassAsync(), Is.Zero, "nothing is due at sign-up");
        Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.That(await SendPassAsync(), Is.Zero, "the 24 h reminder is not due yet");
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await SendPassAsync(), Is.EqualTo(1), "a pass at the due time sends it (the sender runs every 10 s)");
        var first = _mail.Sent.Single();
        Assert.Multiple(() =>
        {
            Assert.That(first.To, Is.EqualTo(volunteer.Email));
            Assert.That(first.Subject, Does.StartWith("Shift reminder: Address of Care"));
            Assert.That(first.Body, Does.StartWith("Hello, Emma!").And.Contain("Ул. Кенесары, 1"));
        });

        Clock.Advance(TimeSpan.FromHours(21) + TimeSpan.FromMinutes(59));
        Assert.That(await SendPassAsync(), Is.Zero);
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await SendPassAsync(), Is.EqualTo(1), "the 2 h reminder");
        Clock.Advance(TimeSpan.FromHours(3));
        Assert.That(await SendPassAsync(), Is.Zero);
        Assert.That(_mail.Sent, Has.Count.EqualTo(2));
        Assert.That(TokenIn(_mail.Sent[1].Body), Is.EqualTo(TokenIn(first.Body)), "one link per seat");
    }

    [Test]
    public async Task ASeatTakenAfterTheLeads_GetsOneCatchUpAtOnce_NotOnePerLead()
    {
        using var coordinator = await AdminAsync();
        var soon = await ShiftStartingInAsync(coordinator, TimeSpan.FromMinutes(90));
        var between = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(10));
        var late = await AVolunteer().SaveAsync(Factory);
        var middle = await AVolunteer().SaveAsync(Factory);
        await SignedUpAsync(coordinator, soon, late.Id);
        await SignedUpAsync(coordinator, between, middle.Id);

        Assert.That(await SendPassAsync(), Is.EqualTo(2), "each seat gets one catch-up at once");
        Assert.That(_mail.Sent.Select(m => m.To), Is.EquivalentTo(new[] { late.Email, middle.Email }));
        Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        Assert.That(await SendPassAsync(), Is.EqualTo(1), "the seat taken before the 2 h lead still gets that one");
        Assert.That(_mail.Sent.Count(m => m.To == late.Email), Is.EqualTo(1), "never more than one catch-up");
    }

    [Test]
    public async Task ACancelledSeat_GetsNoReminder()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(25));
        var volunteer = await AVolunteer().SaveAsync(Factory);
        await SignedUpAsync(coordinator, shift, volunteer.Id);
        Assert.That((await coordinator.DeleteAsync($"/api/v1/shifts/{shift}/signups/{volunteer.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Clock.Advance(TimeSpan.FromHours(24));
        Assert.That(await SendPassAsync(), Is.Zero);
        Assert.That(_mail.Sent, Is.Empty);
    }

    [Test]
    public async Task RemindersGoOnlyToThoseWhoWantThem_WhichTheVolunteerChangesThemself()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(25));
        var wants = await AVolunteer().SaveAsync(Factory);
        var turnedOff = await AVolunteer().SaveAsync(Factory);
        var optedOut = await AVolunteer().OptedOutOfNonEmergencyMessages().SaveAsync(Factory);
        using var self = await VolunteerClientAsync(turnedOff.Id);
        Assert.That((await GetJsonAsync(self, $"/api/v1/volunteers/{turnedOff.Id}"))["shiftReminders"]!.GetValue<bool>(), Is.True, "on by default");
        Assert.That((await self.PatchAsJsonAsync($"/api/v1/volunteers/{turnedOff.Id}", new { shiftReminders = false })).IsSuccessStatusCode, Is.True);
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/volunteers/{turnedOff.Id}"))["shiftReminders"]!.GetValue<bool>(), Is.False);
        foreach (var id in new[] { wants.Id, turnedOff.Id, optedOut.Id })
        {
            await SignedUpAsync(coordinator, shift, id);
        }

        Clock.Advance(TimeSpan.FromHours(24));
        Assert.That(await SendPassAsync(), Is.EqualTo(2), "both leads are due now");
        Assert.That(_mail.Sent.Select(m => m.To), Is.All.EqualTo(wants.Email));

        // Staff turn them on again for the next shift.
        Assert.That((await coordinator.PatchAsJsonAsync($"/api/v1/volunteers/{turnedOff.Id}", new { shiftReminders = true })).IsSuccessStatusCode, Is.True);
        var next = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(10));
        await SignedUpAsync(coordinator, next, turnedOff.Id);
        Assert.That(await SendPassAsync(), Is.EqualTo(1));
        Assert.That(_mail.Sent[^1].To, Is.EqualTo(turnedOff.Email));
    }

    [Test]
    public async Task APromotedVolunteer_GetsOneMail_YouNowHaveAPlace_WithTheirOwnLink_AsTheirCatchUp()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromMinutes(90), capacity: 1);
        var holder = await AVolunteer().SaveAsync(Factory);
        var waiting = await AVolunteer().Named("Дмитрий").Speaking("ru").SaveAsync(Factory);
        await SignedUpAsync(coordinator, shift, holder.Id);
        Assert.That((await SignedUpAsync(coordinator, shift, waiting.Id))["status"]!.GetValue<string>(), Is.EqualTo("Waitlisted"));
        Assert.That(await SendPassAsync(), Is.EqualTo(1), "the holder's catch-up; nothing for the waitlist");
        var holderToken = TokenIn(_mail.Sent.Single().Body);

        Assert.That((await coordinator.DeleteAsync($"/api/v1/shifts/{shift}/signups/{holder.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await SendPassAsync(), Is.EqualTo(1));
        var placeGiven = _mail.Sent[^1];
        Assert.Multiple(() =>
        {
            Assert.That(placeGiven.To, Is.EqualTo(waiting.Email));
            Assert.That(placeGiven.Subject, Does.StartWith("Для вас освободилось место"));
            Assert.That(placeGiven.Body, Does.StartWith("Здравствуйте, Дмитрий!"));
            Assert.That(TokenIn(placeGiven.Body), Is.Not.EqualTo(holderToken));
        });
        Clock.Advance(TimeSpan.FromMinutes(80));
        Assert.That(await SendPassAsync(), Is.Zero, "no separate catch-up reminder");
        Assert.That((await Anonymous.GetAsync($"/api/v1/attendance/{holderToken}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the cancelled seat's link is dead");
        var mine = await OkJsonAsync(await Anonymous.GetAsync($"/api/v1/attendance/{TokenIn(placeGiven.Body)}"));
        Assert.That(mine["firstName"]!.GetValue<string>(), Is.EqualTo("Дмитрий"));
    }

    [Test]
    public async Task MovingAShift_MovesItsRemindersNotYetSent()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(25));
        var volunteer = await AVolunteer().SaveAsync(Factory);
        await SignedUpAsync(coordinator, shift, volunteer.Id);

        var startsAt = Clock.GetUtcNow().AddHours(49);
        var moved = await coordinator.PostJsonAsync($"/api/v1/shifts/{shift}/reschedule", new { startsAt, endsAt = startsAt.AddHours(4), location = "Ул. Кенесары, 1" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());

        Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await SendPassAsync(), Is.Zero, "not at the old time");
        Clock.Advance(TimeSpan.FromHours(24));
        Assert.That(await SendPassAsync(), Is.EqualTo(1), "24 h before the new start");

        // Moved again to start in 90 minutes: the 2 h reminder's time has passed, so it goes at once.
        startsAt = Clock.GetUtcNow().AddMinutes(90);
        moved = await coordinator.PostJsonAsync($"/api/v1/shifts/{shift}/reschedule", new { startsAt, endsAt = startsAt.AddHours(4), location = "Ул. Кенесары, 1" });
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        Assert.That(await SendPassAsync(), Is.EqualTo(1));
        Clock.Advance(TimeSpan.FromHours(30));
        Assert.That(await SendPassAsync(), Is.Zero);
        Assert.That(_mail.Sent, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task PassesRunningAtOnce_AsOnSeveralInstances_SendEachReminderOnce()
    {
        using var coordinator = await AdminAsync();
        var shift = await ShiftStartingInAsync(coordinator, TimeSpan.FromHours(25), capacity: 12);
        for (var i = 0; i < 12; i++)
        {
            await SignedUpAsync(coordinator, shift, (await AVolunteer().SaveAsync(Factory)).Id);
        }

        Clock.Advance(TimeSpan.FromHours(1));
        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(SendPassAsync)));
        Assert.That(sent.Sum(), Is.EqualTo(12));
        Assert.That(_mail.Sent.Select(m => m.To).ToList(), Is.Unique.And.Count.EqualTo(12));
    }
}
