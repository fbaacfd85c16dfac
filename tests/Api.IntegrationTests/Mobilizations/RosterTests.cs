using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Mobilizations;
using Volunteers.Domain.Mobilizations;
using Volunteers.Infrastructure.Persistence;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

public sealed class RosterTests(TestDatabase database) : ApiTest(database)
{

    private const int Emergency = 1;
    private const int Social = 2;

    [Test]
    public async Task DrawRoster_PutsTheFirstInTheActivePlaces_TheNextInReserve_AndTellsTheFigures()
    {
        using var coordinator = await CoordinatorAsync();
        var volunteers = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            volunteers.Add(await AVolunteer().SaveIdAsync(Factory));
        }

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 2, reserve: 2);
        var response = await DrawAsync(coordinator, id, HqToday);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/api/v1/mobilizations/{id}/rosters/{Day(HqToday)}"));
        var roster = new RosterView(await response.ReadJsonAsync());

        Assert.Multiple(() =>
        {
            Assert.That(roster.Json["date"]!.GetValue<string>(), Is.EqualTo(Day(HqToday)));
            Assert.That(roster.Active, Has.Count.EqualTo(2));
            Assert.That(roster.Reserve, Has.Count.EqualTo(2));
            Assert.That(roster.Active.Concat(roster.Reserve).Select(e => e.Status), Is.All.EqualTo("Notified"));
            Assert.That(roster.EveryoneIds, Is.Unique.And.SubsetOf(volunteers));
            Assert.That(roster.ActiveFilled, Is.EqualTo(2));
            Assert.That(roster.Unanswered, Is.EqualTo(2));
            Assert.That(roster.Shortfall, Is.Zero);
        });

        var fetched = await GetRosterAsync(coordinator, id, HqToday);
        Assert.That(fetched.ActiveIds, Is.EqualTo(roster.ActiveIds));
        Assert.That(fetched.ReserveIds, Is.EqualTo(roster.ReserveIds));

        var mobilization = await (await coordinator.GetAsync($"/api/v1/mobilizations/{id}")).ReadJsonAsync();
        var summary = mobilization["rosters"]!.AsArray().Single()!;
        Assert.That(summary["date"]!.GetValue<string>(), Is.EqualTo(Day(HqToday)));
        Assert.That(summary["activeFilled"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task DrawRoster_WithFewerEligibleThanAsked_FillsWhatItCan_AndReportsTheShortfall()
    {
        using var coordinator = await CoordinatorAsync();
        var a = await AVolunteer().SaveIdAsync(Factory);
        var b = await AVolunteer().SaveIdAsync(Factory);
        var c = await AVolunteer().SaveIdAsync(Factory);

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 5, reserve: 3);
        var roster = await DrawOkAsync(coordinator, id, HqToday);

        Assert.Multiple(() =>
        {
            Assert.That(roster.ActiveIds, Is.EquivalentTo(new[] { a, b, c }));
            Assert.That(roster.Reserve, Is.Empty);
            Assert.That(roster.ActiveFilled, Is.EqualTo(3));
            Assert.That(roster.Shortfall, Is.EqualTo(2));
            Assert.That(roster.Json["reserveShortfall"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task DrawRoster_WithNobodyEligible_IsAnEmptyRosterShortOfEveryPlace()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 4, reserve: 1);
        var roster = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That((roster.Active.Count, roster.Shortfall), Is.EqualTo((0, 4)));
    }

    [Test]
    public async Task DrawRoster_NeverTakesATrainee()
    {
        await AssertExcludedAsync(ATrainee());
    }

    [Test]
    public async Task DrawRoster_NeverTakesSomeoneStaffMovedToReserveStatus()
    {
        await AssertExcludedAsync(AVolunteer().InReserveStatus());
    }

    [Test]
    public async Task DrawRoster_NeverTakesASuspendedVolunteer()
    {
        await AssertExcludedAsync(AVolunteer().Suspended());
    }

    [Test]
    public async Task DrawRoster_NeverTakesARetiredVolunteer()
    {
        await AssertExcludedAsync(AVolunteer().Retired());
    }

    [Test]
    public async Task DrawRoster_NeverTakesAnAnonymisedVolunteer()
    {
        await AssertExcludedAsync(AVolunteer().Anonymized());
    }

    [Test]
    public async Task DrawRoster_NeverTakesSomeoneOnAnotherMobilisationsRosterThatDay()
    {
        using var coordinator = await CoordinatorAsync();
        var busy = await AVolunteer().SaveIdAsync(Factory);
        var flood = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        var floodRoster = await DrawOkAsync(coordinator, flood, HqToday);
        Assert.That(floodRoster.ActiveIds, Is.EqualTo(new[] { busy }));

        var free = await AVolunteer().SaveIdAsync(Factory);
        var snowstorm = await CreateAsync(coordinator, HqToday, dailyActive: 5, reserve: 5);
        var roster = await DrawOkAsync(coordinator, snowstorm, HqToday);
        Assert.That(roster.EveryoneIds, Is.EqualTo(new[] { free }));

        var tomorrow = await DrawOkAsync(coordinator, snowstorm, HqToday.AddDays(1));
        Assert.That(tomorrow.EveryoneIds, Is.EquivalentTo(new[] { busy, free }), "another day is another day");
    }

    [Test]
    public async Task OneRosterADay_IsEnforcedByTheDatabaseToo()
    {
        using var coordinator = await CoordinatorAsync();
        var volunteer = await AVolunteer().SaveIdAsync(Factory);
        var flood = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        await DrawOkAsync(coordinator, flood, HqToday);

        // Bypassing the selection (as a racing second roster would): the unique index on (volunteer, day) refuses it.
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var snowstorm = Mobilization.Declare("Snowstorm", "Roads", HqToday, HqToday, 1, 0, null, null, null, Clock.GetUtcNow());
        db.Mobilizations.Add(snowstorm);
        await db.SaveChangesAsync();
        var writer = scope.ServiceProvider.GetRequiredService<IRosterWriter>();
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => writer.AddAsync(Roster.Draw(snowstorm, HqToday, [volunteer], Clock.GetUtcNow()), [], CancellationToken.None));
        Assert.That(DatabaseErrors.IsUniqueViolation(refused!), Is.True);
        Assert.That(await db.Rosters.CountAsync(r => r.MobilizationId == snowstorm.Id), Is.Zero, "nothing of the refused roster is kept");
    }

    [Test]
    public async Task DrawRoster_WithDirections_TakesOnlyVolunteersWorkingInOneOfThem()
    {
        using var coordinator = await CoordinatorAsync();
        var emergency = await AVolunteer().InDirections(Emergency).SaveIdAsync(Factory);
        var both = await AVolunteer().InDirections(Social, Emergency).SaveIdAsync(Factory);
        await AVolunteer().InDirections(Social).SaveIdAsync(Factory);
        await AVolunteer().SaveIdAsync(Factory);

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 10, reserve: 0, directionIds: [Emergency]);
        var roster = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That(roster.EveryoneIds, Is.EquivalentTo(new[] { emergency, both }));
    }

    [Test]
    public async Task DrawRoster_WithDistricts_TakesOnlyVolunteersLivingInOneOfThem()
    {
        using var coordinator = await CoordinatorAsync();
        var nura = await AVolunteer().InDistrict("Nura").SaveIdAsync(Factory);
        var yesil = await AVolunteer().InDistrict("Yesil").SaveIdAsync(Factory);
        await AVolunteer().InDistrict("Almaty").SaveIdAsync(Factory);

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 10, reserve: 0, districts: ["Nura", "Yesil"]);
        var roster = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That(roster.EveryoneIds, Is.EquivalentTo(new[] { nura, yesil }));
    }

    [Test]
    public async Task DrawRoster_PutsSomeoneMobilisedYesterday_AfterSomeoneNeverMobilised()
    {
        using var coordinator = await CoordinatorAsync();
        var veteran = await AVolunteer().SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 5);
        var yesterday = await DrawOkAsync(coordinator, id, HqToday.AddDays(-1));
        Assert.That(yesterday.ActiveIds, Is.EqualTo(new[] { veteran }));

        var newcomer = await AVolunteer().SaveIdAsync(Factory);
        var today = await DrawOkAsync(coordinator, id, HqToday);
        Assert.Multiple(() =>
        {
            Assert.That(today.ActiveIds, Is.EqualTo(new[] { newcomer }), "never mobilised goes first");
            Assert.That(today.ReserveIds, Is.EqualTo(new[] { veteran }));
        });
    }

    [Test]
    public async Task DrawRoster_RanksNeverMobilisedFirst_ThenLongestSinceLastMobilised()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0, startsOn: HqToday.AddDays(-3));
        var first = await AVolunteer().SaveIdAsync(Factory);
        Assert.That((await DrawOkAsync(coordinator, id, HqToday.AddDays(-3))).ActiveIds, Is.EqualTo(new[] { first }));
        var second = await AVolunteer().SaveIdAsync(Factory);
        Assert.That((await DrawOkAsync(coordinator, id, HqToday.AddDays(-2))).ActiveIds, Is.EqualTo(new[] { second }));
        var newcomer = await AVolunteer().SaveIdAsync(Factory);

        var other = await CreateAsync(coordinator, HqToday, dailyActive: 3, reserve: 0, startsOn: HqToday.AddDays(-3));
        var ranked = await DrawOkAsync(coordinator, other, HqToday.AddDays(-1));
        Assert.That(ranked.ActiveIds, Is.EqualTo(new[] { newcomer, first, second }));
    }

    [Test]
    public async Task DrawRoster_YesterdaysUncalledReserve_ComesBeforeYesterdaysActivePlaces()
    {
        using var coordinator = await CoordinatorAsync();
        var a = await AVolunteer().SaveIdAsync(Factory);
        var b = await AVolunteer().SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 1);
        var yesterday = await DrawOkAsync(coordinator, id, HqToday.AddDays(-1));
        var (active, reserve) = (yesterday.ActiveIds.Single(), yesterday.ReserveIds.Single());
        Assert.That(new[] { active, reserve }, Is.EquivalentTo(new[] { a, b }));

        var today = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That(today.ActiveIds, Is.EqualTo(new[] { reserve }), "yesterday's reserve was never called: it takes the active place today");
        Assert.That(today.ReserveIds, Is.EqualTo(new[] { active }));
    }

    [Test]
    public async Task DrawRoster_TheSameDayTwice_IsAConflict()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        await DrawOkAsync(coordinator, id, HqToday);
        await AssertProblemAsync(await DrawAsync(coordinator, id, HqToday), HttpStatusCode.Conflict, "/roster-already-exists");
    }

    [Test]
    public async Task DrawRoster_OutsideThePeriod_IsAConflict()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0, startsOn: HqToday, endsOn: HqToday.AddDays(2));
        await AssertProblemAsync(await DrawAsync(coordinator, id, HqToday.AddDays(-1)), HttpStatusCode.Conflict, "/roster-date-outside-period");
        await AssertProblemAsync(await DrawAsync(coordinator, id, HqToday.AddDays(3)), HttpStatusCode.Conflict, "/roster-date-outside-period");
        await DrawOkAsync(coordinator, id, HqToday.AddDays(2));
    }

    [Test]
    public async Task DrawRoster_OfAnEndedMobilisation_IsAConflict()
    {
        using var coordinator = await CoordinatorAsync();
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        Assert.That((await coordinator.PostAsync($"/api/v1/mobilizations/{id}/end", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertProblemAsync(await DrawAsync(coordinator, id, HqToday), HttpStatusCode.Conflict, "/mobilization-ended");
    }

    [Test]
    public async Task Rosters_OfUnknownMobilisationsOrDays_Are404_AndBadDatesAre400()
    {
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await DrawAsync(coordinator, Guid.NewGuid(), HqToday), HttpStatusCode.NotFound);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0);
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/mobilizations/{id}/rosters/{Day(HqToday)}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/mobilizations/{id}/rosters/not-a-date"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await coordinator.PostJsonAsync($"/api/v1/mobilizations/{id}/rosters", new { }), HttpStatusCode.BadRequest);
    }

    /// <summary>Draws a roster with room for everyone: only the plain Active volunteer is on it.</summary>
    private async Task AssertExcludedAsync(Builders.VolunteerBuilder excluded)
    {
        using var coordinator = await CoordinatorAsync();
        var eligible = await AVolunteer().SaveIdAsync(Factory);
        var other = await excluded.SaveIdAsync(Factory);
        var id = await CreateAsync(coordinator, HqToday, dailyActive: 5, reserve: 5);
        var roster = await DrawOkAsync(coordinator, id, HqToday);
        Assert.That(roster.EveryoneIds, Is.EqualTo(new[] { eligible }));
        Assert.That(roster.EveryoneIds, Does.Not.Contain(other));
    }
}
