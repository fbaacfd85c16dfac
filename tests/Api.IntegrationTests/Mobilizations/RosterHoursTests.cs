using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;
using Volunteers.Infrastructure.Persistence;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

/// <summary>
/// The second key of the fairness order — fewest hours in the 30 days before the roster day — counted from the
/// volunteers' worked (checked-out) shifts, the same hours their records show (<see cref="SignUp.Worked"/>).
/// </summary>
public sealed class RosterHoursTests(TestDatabase database) : ApiTest(database)
{

    protected override VolunteersApiFactory CreateOwnFactory() => new(
        Database,
        new Dictionary<string, string?> { ["Mobilization:BackgroundWorkersEnabled"] = "false" });

    [Test]
    public async Task AmongTheNeverMobilised_FewestRecentHoursComeFirst()
    {
        var most = await AVolunteer().SaveIdAsync(Factory);
        var fewest = await AVolunteer().SaveIdAsync(Factory);
        var middle = await AVolunteer().SaveIdAsync(Factory);
        await WorkedAsync(most, minutes: 10);
        await WorkedAsync(fewest, minutes: 2);
        await WorkedAsync(middle, minutes: 4);
        using var coordinator = await CoordinatorAsync();

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 2, startsOn: HqToday, endsOn: HqToday.AddDays(60));
        var tomorrow = await DrawOkAsync(coordinator, id, HqToday.AddDays(1));
        Assert.That(tomorrow.EveryoneIds, Is.EqualTo(new[] { fewest, middle, most }));
    }

    [Test]
    public async Task HoursOlderThan30DaysBeforeTheRosterDay_DoNotCount()
    {
        var longAgo = await AVolunteer().SaveIdAsync(Factory);
        await WorkedAsync(longAgo, minutes: 10); // 35 days before the roster day's eve
        Clock.Advance(TimeSpan.FromDays(35));
        var recently = await AVolunteer().SaveIdAsync(Factory);
        await WorkedAsync(recently, minutes: 2); // today
        using var coordinator = await CoordinatorAsync();

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 2, reserve: 0, startsOn: HqToday, endsOn: HqToday.AddDays(7));
        var tomorrow = await DrawOkAsync(coordinator, id, HqToday.AddDays(1));
        Assert.That(tomorrow.ActiveIds, Is.EqualTo(new[] { longAgo, recently }), "10 old minutes count as none; 2 recent ones count");
    }

    [Test]
    public async Task WhenTheNeverMobilisedWithoutRecentHoursFillEveryPlace_TheyAreTakenByIdAlone()
    {
        // The two smallest ids are mobilised or have worked: an order by id alone would take them.
        var byId = await VolunteersInIdOrderAsync(4);
        var (veteran, worker) = (byId[0], byId[1]);
        using var coordinator = await CoordinatorAsync();
        var earlier = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0, startsOn: HqToday, endsOn: HqToday.AddDays(7));
        Assert.That((await DrawOkAsync(coordinator, earlier, HqToday)).ActiveIds, Is.EqualTo(new[] { veteran }));
        await WorkedAsync(worker, minutes: 2);

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 1, startsOn: HqToday, endsOn: HqToday.AddDays(7));
        var tomorrow = await DrawOkAsync(coordinator, id, HqToday.AddDays(1));
        Assert.That(tomorrow.EveryoneIds, Is.EqualTo(new[] { byId[2], byId[3] }));
    }

    [Test]
    public async Task AShiftOfUnderAMinute_CountsAsNoHours_SoIdDecides()
    {
        var byId = await VolunteersInIdOrderAsync(2);
        await WorkedAsync(byId[0], TimeSpan.FromSeconds(30));
        using var coordinator = await CoordinatorAsync();

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 0, startsOn: HqToday, endsOn: HqToday.AddDays(7));
        var tomorrow = await DrawOkAsync(coordinator, id, HqToday.AddDays(1));
        Assert.That(tomorrow.ActiveIds, Is.EqualTo(new[] { byId[0] }), "0 minutes worked ranks with none, and the smaller id goes first");
    }

    /// <summary>New volunteers in the order the database sorts their ids (Guid text on SQLite), whatever order they were made in.</summary>
    private async Task<List<Guid>> VolunteersInIdOrderAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await AVolunteer().SaveIdAsync(Factory);
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var ids = await db.Volunteers.OrderBy(v => v.Id).Select(v => v.Id).ToListAsync();
        Assert.That(ids, Has.Count.EqualTo(count), "the test's database starts without volunteers");
        return ids;
    }

    private Task WorkedAsync(Guid volunteerId, int minutes) => WorkedAsync(volunteerId, TimeSpan.FromMinutes(minutes));

    /// <summary>A shift of its own campaign that the volunteer was checked into and, just now, out of after <paramref name="worked"/>.</summary>
    private async Task WorkedAsync(Guid volunteerId, TimeSpan worked)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = Clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var directionId = await db.Directions.Select(d => d.Id).FirstAsync();
        var campaign = Campaign.Create(new CampaignDetails(
            new LocalizedText("Жұмыс", "Работа"), new LocalizedText("kk", "ru"), directionId, CampaignKind.Regular, null, null, day.AddDays(-1), day.AddDays(1)), now);
        var shift = campaign.PlanShift(now.AddMinutes(-Math.Max(1, worked.TotalMinutes)), now, 1, "HQ", TimeZoneInfo.Utc, now);
        campaign.Publish(now);
        var signUp = SignUp.Confirmed(shift, volunteerId, ticket: 1, now);
        signUp.CheckIn(now - worked, now);
        signUp.CheckOut(now, now);
        db.AddRange(campaign, shift, signUp);
        await db.SaveChangesAsync();
    }
}
