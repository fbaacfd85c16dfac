using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Infrastructure.Persistence;
using static Volunteers.Api.IntegrationTests.Builders.VolunteerBuilder;
using static Volunteers.Api.IntegrationTests.Mobilizations.MobilizationApi;

namespace Volunteers.Api.IntegrationTests.Mobilizations;

/// <summary>
/// The second key of the fairness order — fewest hours in the 30 days before the roster day — on an app whose hours
/// source is a stand-in for the campaigns feature: every volunteer "worked" one shift when registered, as many minutes
/// as their first name has letters. It is composed into the selection's SQL exactly as the real source will be.
/// </summary>
public sealed class RosterHoursTests(TestDatabase database) : ApiTest(database)
{

    protected override VolunteersApiFactory CreateOwnFactory() => new(
        Database,
        new Dictionary<string, string?> { ["Mobilization:BackgroundWorkersEnabled"] = "false" },
        services =>
        {
            services.RemoveAll<IVolunteerHours>();
            services.AddScoped<IVolunteerHours, OneShiftAtRegistration>();
        });

    [Test]
    public async Task AmongTheNeverMobilised_FewestRecentHoursComeFirst()
    {
        var most = await AVolunteer().Named("Bakhytzhan").SaveIdAsync(Factory);
        var fewest = await AVolunteer().Named("Al").SaveIdAsync(Factory);
        var middle = await AVolunteer().Named("Dana").SaveIdAsync(Factory);
        using var coordinator = await CoordinatorAsync();

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 1, reserve: 2, startsOn: HqToday, endsOn: HqToday.AddDays(60));
        var tomorrow = await DrawOkAsync(coordinator, id, HqToday.AddDays(1));
        Assert.That(tomorrow.EveryoneIds, Is.EqualTo(new[] { fewest, middle, most }));
    }

    [Test]
    public async Task HoursOlderThan30DaysBeforeTheRosterDay_DoNotCount()
    {
        var longAgo = await AVolunteer().Named("Bakhytzhan").SaveIdAsync(Factory); // 10 minutes, 35 days ago
        Clock.Advance(TimeSpan.FromDays(35));
        var recently = await AVolunteer().Named("Al").SaveIdAsync(Factory); // 2 minutes, today
        using var coordinator = await CoordinatorAsync();

        var id = await CreateAsync(coordinator, HqToday, dailyActive: 2, reserve: 0, startsOn: HqToday, endsOn: HqToday.AddDays(7));
        var tomorrow = await DrawOkAsync(coordinator, id, HqToday.AddDays(1));
        Assert.That(tomorrow.ActiveIds, Is.EqualTo(new[] { longAgo, recently }), "10 old minutes count as none; 2 recent ones count");
    }

    private sealed class OneShiftAtRegistration(ApplicationDbContext db) : IVolunteerHours
    {
        public IQueryable<WorkedShift> WorkedShifts =>
            db.Volunteers.Select(v => new WorkedShift { VolunteerId = v.Id, CheckedOutAt = v.CreatedAt, Minutes = v.FirstName.Length });
    }
}
