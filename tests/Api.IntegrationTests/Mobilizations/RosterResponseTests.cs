using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

public sealed class RosterResponseTests(TestDatabase database) : ApiTest(database)
{

    [Test]
    public async Task Declines_AreFilledFromTheReserve_InReserveOrder_UntilItIsUsedUp()
    {
        using var coordinator = await CoordinatorAsync();
        var (id, drawn) = await DrawAsync(coordinator, volunteers: 5, dailyActive: 2, reserve: 3);
        var (a1, a2) = (drawn.ActiveIds[0], drawn.ActiveIds[1]);
        var (r1, r2, r3) = (drawn.ReserveIds[0], drawn.ReserveIds[1], drawn.ReserveIds[2]);

        await AnswerOkAsync(coordinator, id, a1, "Declined");
        var roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.Multiple(() =>
        {
            Assert.That(roster.Active, Is.EqualTo(new[] { (a1, "Declined"), (a2, "Notified"), (r1, "CalledUp") }));
            Assert.That(roster.Reserve, Is.EqualTo(new[] { (r2, "Notified"), (r3, "Notified") }));
            Assert.That((roster.ActiveFilled, roster.Unanswered, roster.Shortfall), Is.EqualTo((2, 2, 0)));
        });

        await AnswerOkAsync(coordinator, id, a2, "Declined");
        await AnswerOkAsync(coordinator, id, r1, "Declined"); // a called-up volunteer may decline too
        roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.Multiple(() =>
        {
            Assert.That(roster.Active, Is.EqualTo(new[] { (a1, "Declined"), (a2, "Declined"), (r1, "Declined"), (r2, "CalledUp"), (r3, "CalledUp") }));
            Assert.That(roster.Reserve, Is.Empty);
            Assert.That((roster.ActiveFilled, roster.Unanswered, roster.Shortfall), Is.EqualTo((2, 2, 0)));
        });

        await AnswerOkAsync(coordinator, id, r3, "Declined");
        roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.That((roster.ActiveFilled, roster.Unanswered, roster.Shortfall), Is.EqualTo((1, 1, 1)), "the reserve is used up: one place stays empty");
    }

    [Test]
    public async Task Confirming_FillsThePlace_AndAConfirmedVolunteerMayStillDropOut()
    {
        using var coordinator = await CoordinatorAsync();
        var (id, drawn) = await DrawAsync(coordinator, volunteers: 3, dailyActive: 2, reserve: 1);
        var (a1, a2, r1) = (drawn.ActiveIds[0], drawn.ActiveIds[1], drawn.ReserveIds[0]);

        var answer = await AnswerOkAsync(coordinator, id, a1, "Confirmed");
        Assert.That(answer["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        await AnswerOkAsync(coordinator, id, a1, "Confirmed"); // answering the same twice changes nothing
        var roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.That((roster.ActiveFilled, roster.Unanswered), Is.EqualTo((2, 1)));

        await AnswerOkAsync(coordinator, id, a1, "Declined");
        roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.That(roster.Active, Is.EqualTo(new[] { (a1, "Declined"), (a2, "Notified"), (r1, "CalledUp") }));

        await AnswerOkAsync(coordinator, id, r1, "Confirmed");
        Assert.That((await GetRosterAsync(coordinator, id, HqToday)).StatusOf(r1), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task ADeclineIsFinal()
    {
        using var coordinator = await CoordinatorAsync();
        var (id, drawn) = await DrawAsync(coordinator, volunteers: 1, dailyActive: 1, reserve: 0);
        await AnswerOkAsync(coordinator, id, drawn.ActiveIds[0], "Declined");
        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday, drawn.ActiveIds[0], "Confirmed"), HttpStatusCode.Conflict, "/roster-entry-already-declined");
        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday, drawn.ActiveIds[0], "Declined"), HttpStatusCode.Conflict, "/roster-entry-already-declined");
    }

    [Test]
    public async Task AReserveVolunteer_MayWithdraw_AndIsThenSkippedByTheCallUp()
    {
        using var coordinator = await CoordinatorAsync();
        var (id, drawn) = await DrawAsync(coordinator, volunteers: 3, dailyActive: 1, reserve: 2);
        var (a1, r1, r2) = (drawn.ActiveIds[0], drawn.ReserveIds[0], drawn.ReserveIds[1]);

        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday, r1, "Confirmed"), HttpStatusCode.Conflict, "/roster-entry-in-reserve");
        await AnswerOkAsync(coordinator, id, r1, "Declined");
        await AnswerOkAsync(coordinator, id, a1, "Declined");

        var roster = await GetRosterAsync(coordinator, id, HqToday);
        Assert.Multiple(() =>
        {
            Assert.That(roster.Active, Is.EqualTo(new[] { (a1, "Declined"), (r2, "CalledUp") }));
            Assert.That(roster.Reserve, Is.EqualTo(new[] { (r1, "Declined") }));
        });
    }

    [Test]
    public async Task AVolunteer_AnswersForThemself_ButNotForSomeoneElse()
    {
        using var coordinator = await CoordinatorAsync();
        var (id, drawn) = await DrawAsync(coordinator, volunteers: 2, dailyActive: 2, reserve: 0);
        var (me, other) = (drawn.ActiveIds[0], drawn.ActiveIds[1]);
        using var volunteer = await VolunteerClientAsync(me);

        var mine = await RespondAsync(volunteer, id, HqToday, me, "Confirmed");
        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK), await mine.Content.ReadAsStringAsync());
        await AssertProblemAsync(await RespondAsync(volunteer, id, HqToday, other, "Declined"), HttpStatusCode.Forbidden);
        Assert.That((await GetRosterAsync(coordinator, id, HqToday)).StatusOf(other), Is.EqualTo("Notified"));

        using var trainer = await TrainerAsync();
        await AssertProblemAsync(await RespondAsync(trainer, id, HqToday, other, "Declined"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await RespondAsync(Anonymous, id, HqToday, other, "Declined"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await volunteer.GetAsync($"/api/v1/mobilizations/{id}/rosters/{Day(HqToday)}"), HttpStatusCode.Forbidden);

        using var admin = await AdminAsync();
        Assert.That((await RespondAsync(admin, id, HqToday, other, "Confirmed")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "staff answer for anyone");
    }

    [Test]
    public async Task Answers_ForSomeoneNotOnTheRoster_OrAnEndedMobilisation_AreRefused()
    {
        using var coordinator = await CoordinatorAsync();
        var (id, drawn) = await DrawAsync(coordinator, volunteers: 1, dailyActive: 1, reserve: 0);
        var outsider = await AVolunteer().SaveIdAsync(Factory);

        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday, outsider, "Confirmed"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday.AddDays(1), drawn.ActiveIds[0], "Confirmed"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await RespondAsync(coordinator, Guid.NewGuid(), HqToday, drawn.ActiveIds[0], "Confirmed"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday, drawn.ActiveIds[0], "Maybe"), HttpStatusCode.BadRequest);

        Assert.That((await coordinator.PostAsync($"/api/v1/mobilizations/{id}/end", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await RespondAsync(coordinator, id, HqToday, drawn.ActiveIds[0], "Confirmed"), HttpStatusCode.Conflict, "/mobilization-ended");
    }

    private async Task<(Guid Id, RosterView Roster)> DrawAsync(HttpClient coordinator, int volunteers, int dailyActive, int reserve)
    {
        for (var i = 0; i < volunteers; i++)
        {
            await AVolunteer().SaveIdAsync(Factory);
        }

        var id = await CreateAsync(coordinator, HqToday, dailyActive, reserve);
        return (id, await DrawOkAsync(coordinator, id, HqToday));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> AnswerOkAsync(HttpClient caller, Guid id, Guid volunteerId, string response)
    {
        var answer = await RespondAsync(caller, id, HqToday, volunteerId, response);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
        return await answer.ReadJsonAsync();
    }
}
