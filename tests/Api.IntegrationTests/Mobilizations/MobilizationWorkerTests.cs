using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Volunteers.Application.Common.Email;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Mail;
using Volunteers.Infrastructure.Mail;
using Volunteers.Infrastructure.Mobilizations;
using Volunteers.Infrastructure.Persistence;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

/// <summary>
/// The background work of mobilisations — the deadline worker and the mail outbox sender — driven one pass at a time, on an
/// app of its own whose workers do not run by themselves and whose mail channel records what it is given.
/// </summary>
public sealed class MobilizationWorkerTests(TestDatabase database) : ApiTest(database)
{
    private readonly RecordingEmailSender _mail = new();
    private readonly CapturingLoggerProvider _logs = new();


    protected override VolunteersApiFactory CreateOwnFactory() => new(
        Database,
        new Dictionary<string, string?> { ["Mobilization:BackgroundWorkersEnabled"] = "false", ["Mail:SenderEnabled"] = "false" },
        services =>
        {
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(_mail);
            services.AddSingleton<ILoggerProvider>(_logs);
        });

    [SetUp]
    public void ForgetMail() => _mail.Clear();

    [Test]
    public async Task DrawingARoster_QueuesAMailPerPerson_ThatOnlyTheSenderPassSends_InTheirLanguage()
    {
        using var coordinator = await CoordinatorAsync();
        var kazakh = await AVolunteer().Named("Aruzhan").Speaking("kk", "ru").WithEmail("aruzhan@test.local").SaveIdAsync(Factory);
        var russian = await AVolunteer().Named("Dmitry").Speaking("ru").WithEmail("dmitry@test.local").SaveIdAsync(Factory);
        var english = await AVolunteer().Named("Emma").Speaking("en", "ru").WithEmail("emma@test.local").OptedOutOfNonEmergencyMessages().SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 2, reserve: 1);
        var roster = await DrawOkAsync(coordinator, id, HqToday);

        Assert.That(_mail.Sent, Is.Empty, "nothing is sent inside the request");
        Assert.That(await NotificationStatesAsync(), Is.EqualTo(new[] { "Pending", "Pending", "Pending" }), "one queued mail per person, saved with the roster");

        Assert.That(await SendPassAsync(), Is.EqualTo(3));
        var byAddress = _mail.Sent.ToDictionary(m => m.To);
        Assert.That(byAddress.Keys, Is.EquivalentTo(new[] { "aruzhan@test.local", "dmitry@test.local", "emma@test.local" }), "an emergency call reaches also those who opted out of other messages");
        Assert.Multiple(() =>
        {
            AssertMail(byAddress["aruzhan@test.local"], "Сәлеметсіз бе, Aruzhan!", roster.ActiveIds.Contains(kazakh) ? "негізгі құрамға енгізілдіңіз" : "резервке енгізілдіңіз");
            AssertMail(byAddress["dmitry@test.local"], "Здравствуйте, Dmitry!", roster.ActiveIds.Contains(russian) ? "основной состав" : "в резерв");
            AssertMail(byAddress["emma@test.local"], "Hello, Emma!", roster.ActiveIds.Contains(english) ? "on the active roster" : "in the reserve");
            Assert.That(_mail.Sent.Count(m => m.Body.Contains("Spring flood", StringComparison.Ordinal)), Is.EqualTo(3));
        });

        Assert.That(await NotificationStatesAsync(), Is.All.EqualTo("Sent"));
        Assert.That(await SendPassAsync(), Is.Zero, "a sent mail is not sent again");
        Assert.That(_mail.Sent, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task AFailedSend_IsRetriedWithBackoff_AndNeverLosesTheRoster()
    {
        using var coordinator = await CoordinatorAsync();
        var volunteer = await AVolunteer().SaveAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        var drawn = await DrawOkAsync(coordinator, id, HqToday);

        _mail.FailNext(1);
        Assert.That(await SendPassAsync(), Is.Zero);
        var failed = await SingleNotificationAsync();
        Assert.Multiple(() =>
        {
            Assert.That(failed.State, Is.EqualTo(MailState.Pending));
            Assert.That(failed.Attempts, Is.EqualTo(1));
            Assert.That(failed.NextAttemptAt, Is.EqualTo(Clock.GetUtcNow().AddSeconds(30)));
            Assert.That(failed.LastError, Does.Contain("SMTP"));
        });
        Assert.That((await GetRosterAsync(coordinator, id, HqToday)).ActiveIds, Is.EqualTo(drawn.ActiveIds));

        Assert.That(_logs.Lines, Has.Some.Contain(failed.Id.ToString()), "the failure is logged");
        Assert.That(_logs.Lines, Has.None.Contain(volunteer.Email), "mail servers name the mailbox in their refusals; the log does not");
        Assert.That(failed.LastError, Does.Not.Contain(volunteer.Email).And.Contain("<recipient>"));

        Assert.That(await SendPassAsync(), Is.Zero, "not due before the backoff");
        Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.That(await SendPassAsync(), Is.EqualTo(1));
        Assert.That((await SingleNotificationAsync()).State, Is.EqualTo(MailState.Sent));
    }

    [Test]
    public async Task AMailToSomeoneWhoseDataWasErased_IsUndeliverable_NotRetried()
    {
        using var coordinator = await CoordinatorAsync();
        var volunteer = await AVolunteer().SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        await DrawOkAsync(coordinator, id, HqToday);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            (await db.Volunteers.SingleAsync(v => v.Id == volunteer)).Anonymize(Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        Assert.That(await SendPassAsync(), Is.Zero);
        Assert.That((await SingleNotificationAsync()).State, Is.EqualTo(MailState.Undeliverable));
        Assert.That(_mail.Sent, Is.Empty);
    }

    [Test]
    public async Task ACallUp_IsMailedToTheCalledUpVolunteer()
    {
        using var coordinator = await CoordinatorAsync();
        await AVolunteer().Speaking("en").SaveIdAsync(Factory);
        await AVolunteer().Speaking("en").SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 1);
        var drawn = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That(await SendPassAsync(), Is.EqualTo(2));
        _mail.Clear();

        Assert.That((await RespondAsync(coordinator, id, HqToday, drawn.ActiveIds[0], "Declined")).IsSuccessStatusCode, Is.True);
        Assert.That(await SendPassAsync(), Is.EqualTo(1));
        var mail = _mail.Sent.Single();
        Assert.That(mail.Subject, Does.StartWith("Called up from the reserve"));
        Assert.That(mail.Body, Does.Contain("called up from the reserve to the active roster"));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var calledUp = await db.OutboxMails.AsNoTracking().SingleAsync(n => n.Kind == MailKind.MobilizationCalledUp);
        Assert.That(calledUp.VolunteerId, Is.EqualTo(drawn.ReserveIds[0]));
    }

    [Test]
    public async Task TheDeadlinePass_TreatsUnansweredActivePlacesAsDeclined_AndCallsUpTheReserveInOrder()
    {
        using var coordinator = await CoordinatorAsync();
        for (var i = 0; i < 4; i++)
        {
            await AVolunteer().SaveIdAsync(Factory);
        }

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 2, reserve: 2, responseWindowMinutes: 30);
        var drawn = await DrawOkAsync(coordinator, id, HqToday);
        var (confirmed, silent) = (drawn.ActiveIds[0], drawn.ActiveIds[1]);
        var (r1, r2) = (drawn.ReserveIds[0], drawn.ReserveIds[1]);
        Assert.That((await RespondAsync(coordinator, id, HqToday, confirmed, "Confirmed")).IsSuccessStatusCode, Is.True);

        Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.That(await DeadlinePassAsync(), Is.Zero, "still inside the window");

        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That(await DeadlinePassAsync(), Is.EqualTo(1));
        using var admin = await AdminAsync(); // the coordinator's 15-minute token has run out meanwhile
        var roster = await GetRosterAsync(admin, id, HqToday);
        Assert.Multiple(() =>
        {
            Assert.That(roster.Active, Is.EqualTo(new[] { (confirmed, "Confirmed"), (silent, "Declined"), (r1, "CalledUp") }));
            Assert.That(roster.Reserve, Is.EqualTo(new[] { (r2, "Notified") }));
            Assert.That(roster.Json["active"]![1]!["timedOut"]!.GetValue<bool>(), Is.True);
            Assert.That((roster.ActiveFilled, roster.Unanswered, roster.Shortfall), Is.EqualTo((2, 1, 0)));
        });

        Assert.That(await DeadlinePassAsync(), Is.Zero, "the called-up volunteer has a window of their own");
        Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.That(await DeadlinePassAsync(), Is.EqualTo(1));
        using var laterAdmin = await AdminAsync();
        roster = await GetRosterAsync(laterAdmin, id, HqToday);
        Assert.That(roster.Active, Is.EqualTo(new[] { (confirmed, "Confirmed"), (silent, "Declined"), (r1, "Declined"), (r2, "CalledUp") }));
    }

    [Test]
    public async Task TheDeadlinePass_LeavesEndedMobilisationsAlone()
    {
        using var coordinator = await CoordinatorAsync();
        await AVolunteer().SaveIdAsync(Factory);
        await AVolunteer().SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 1, responseWindowMinutes: 10);
        await DrawOkAsync(coordinator, id, HqToday);
        Assert.That((await coordinator.PostAsync($"/api/v1/mobilizations/{id}/end", null)).IsSuccessStatusCode, Is.True);

        Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.That(await DeadlinePassAsync(), Is.Zero);
        using var admin = await AdminAsync();
        Assert.That((await GetRosterAsync(admin, id, HqToday)).Active.Single().Status, Is.EqualTo("Notified"));
    }

    [Test]
    public async Task PassesRunningAtOnce_AsOnSeveralInstances_EscalateAndSendEachThingOnce()
    {
        using var coordinator = await CoordinatorAsync();
        for (var i = 0; i < 12; i++)
        {
            await AVolunteer().SaveIdAsync(Factory);
        }

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 6, reserve: 6, responseWindowMinutes: 5);
        await DrawOkAsync(coordinator, id, HqToday);
        Clock.Advance(TimeSpan.FromMinutes(6));

        var escalated = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(DeadlinePassAsync)));
        Assert.That(escalated.Sum(), Is.EqualTo(6));
        var roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.Multiple(() =>
        {
            Assert.That(roster.Active.Count(e => e.Status == "Declined"), Is.EqualTo(6));
            Assert.That(roster.Active.Count(e => e.Status == "CalledUp"), Is.EqualTo(6), "each reserve volunteer called up once");
            Assert.That(roster.Reserve, Is.Empty);
        });

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(SendPassAsync)));
        Assert.That(sent.Sum(), Is.EqualTo(18), "12 roster mails and 6 call-ups");
        Assert.That(_mail.Sent, Has.Count.EqualTo(18));
        Assert.That(_mail.Sent.Select(m => (m.To, m.Subject)), Is.Unique);
    }

    private static void AssertMail(EmailMessage mail, string greeting, string placeText)
    {
        Assert.That(mail.Body, Does.StartWith(greeting));
        Assert.That(mail.Body, Does.Contain(placeText));
        Assert.That(mail.Subject, Does.EndWith($"Spring flood, {mail.Subject[^10..]}"));
    }

    private Task<int> SendPassAsync() => Factory.Services.GetRequiredService<MailSenderWorker>().RunOnceAsync(CancellationToken.None);

    private Task<int> DeadlinePassAsync() => Factory.Services.GetRequiredService<RosterDeadlineWorker>().RunOnceAsync(CancellationToken.None);

    private async Task<List<string>> NotificationStatesAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.OutboxMails.AsNoTracking().Select(n => n.State.ToString()).ToListAsync();
    }

    private async Task<OutboxMail> SingleNotificationAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await db.OutboxMails.AsNoTracking().SingleAsync();
    }
}
