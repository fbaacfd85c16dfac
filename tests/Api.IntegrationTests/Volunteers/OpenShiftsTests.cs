using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Volunteers;

/// <summary><c>GET /volunteers/{id}/open-shifts</c>: the shifts a volunteer may still take, as SPEC filters and orders them.</summary>
public sealed class OpenShiftsTests(TestDatabase database) : CampaignApiTest(database)
{
    private async Task<Guid> CampaignInAsync(HttpClient staff, string district, int directionId = 2, params string[] actions)
    {
        var campaign = await CreateCampaignAsync(staff, b =>
        {
            b["district"] = district;
            b["directionId"] = directionId;
            b["endsOn"] = HqToday.AddDays(60).ToString("yyyy-MM-dd");
        });
        await TransitionAsync(staff, IdOf(campaign), actions);
        return IdOf(campaign);
    }

    private static async Task<List<Guid>> OpenShiftIdsAsync(HttpClient client, Guid volunteerId, string query = "") =>
        [.. (await GetJsonAsync(client, $"/api/v1/volunteers/{volunteerId}/open-shifts{query}")).AsArray()
            .Select(s => Guid.Parse(s!["shiftId"]!.GetValue<string>()))];

    [Test]
    public async Task OpenShifts_AreUpcomingFreeNonClashingShiftsInTheVolunteersDirections_HomeDistrictFirstThenByStart()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await VolunteerBuilder.AVolunteer().InDistrict("Nura").InDirections(2).SaveIdAsync(Factory);
        var yesil = await CampaignInAsync(coordinator, "Yesil", 2, "publish");
        var nura = await CampaignInAsync(coordinator, "Nura", 2, "publish", "start");
        var draft = await CampaignInAsync(coordinator, "Nura", 2);
        var otherDirection = await CampaignInAsync(coordinator, "Nura", 1, "publish");

        var day2 = await AddShiftAsync(coordinator, yesil, HqTime(HqToday.AddDays(2), 10), HqTime(HqToday.AddDays(2), 14), capacity: 3);
        var full = await AddShiftAsync(coordinator, yesil, HqTime(HqToday.AddDays(1), 10), HqTime(HqToday.AddDays(1), 14), capacity: 1);
        await SignedUpAsync(coordinator, full, await ActiveVolunteerAsync("Другая"));
        var held = await AddShiftAsync(coordinator, yesil, HqTime(HqToday.AddDays(5), 10), HqTime(HqToday.AddDays(5), 14));
        var overlapping = await AddShiftAsync(coordinator, yesil, HqTime(HqToday.AddDays(5), 12), HqTime(HqToday.AddDays(5), 16));
        var backToBack = await AddShiftAsync(coordinator, yesil, HqTime(HqToday.AddDays(5), 14), HqTime(HqToday.AddDays(5), 18));
        var homeDay3 = await AddShiftAsync(coordinator, nura, HqTime(HqToday.AddDays(3), 10), HqTime(HqToday.AddDays(3), 14));
        var inAnHour = await AddShiftAsync(coordinator, nura, Clock.GetUtcNow().AddHours(1), Clock.GetUtcNow().AddHours(3));
        var farAway = await AddShiftAsync(coordinator, nura, HqTime(HqToday.AddDays(40), 10), HqTime(HqToday.AddDays(40), 14));
        await AddShiftAsync(coordinator, draft, HqTime(HqToday.AddDays(2), 10), HqTime(HqToday.AddDays(2), 14));
        await AddShiftAsync(coordinator, otherDirection, HqTime(HqToday.AddDays(2), 10), HqTime(HqToday.AddDays(2), 14));
        await SignedUpAsync(coordinator, held, volunteerId);
        using var volunteer = await VolunteerClientAsync(volunteerId);

        var open = await OpenShiftIdsAsync(volunteer, volunteerId);
        Assert.That(open, Is.EqualTo(new[] { inAnHour, homeDay3, day2, backToBack }));
        Assert.That(open, Does.Not.Contain(full).And.Not.Contain(held).And.Not.Contain(overlapping), "full, held and clashing shifts are not open");

        var first = (await GetJsonAsync(volunteer, $"/api/v1/volunteers/{volunteerId}/open-shifts?from={HqToday.AddDays(2):yyyy-MM-dd}"))[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(first["shiftId"]!.GetValue<string>(), Is.EqualTo(homeDay3.ToString()));
            Assert.That(first["campaignId"]!.GetValue<string>(), Is.EqualTo(nura.ToString()));
            Assert.That(first["campaignTitle"]!["ru"]!.GetValue<string>(), Is.EqualTo("Адрес заботы"));
            Assert.That(first["directionId"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(first["district"]!.GetValue<string>(), Is.EqualTo("Nura"));
            Assert.That(first["startsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(HqTime(HqToday.AddDays(3), 10)));
            Assert.That(first["endsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(HqTime(HqToday.AddDays(3), 14)));
            Assert.That(first["location"]!.GetValue<string>(), Is.EqualTo("Ул. Кенесары, 1"));
            Assert.That(first["freePlaces"]!.GetValue<int>(), Is.EqualTo(10));
        });

        var range = $"?from={HqToday.AddDays(4):yyyy-MM-dd}&to={HqToday.AddDays(45):yyyy-MM-dd}";
        Assert.That(await OpenShiftIdsAsync(volunteer, volunteerId, range), Is.EqualTo(new[] { farAway, backToBack }));

        // Once a shift has started it is no longer open.
        Clock.Advance(TimeSpan.FromHours(2));
        Assert.That(await OpenShiftIdsAsync(volunteer, volunteerId), Does.Not.Contain(inAnHour).And.Contain(homeDay3));
    }

    [Test]
    public async Task FreePlaces_IsCapacityMinusConfirmed()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        var shiftId = await PublishedShiftAsync(coordinator, capacity: 3);
        await SignedUpAsync(coordinator, shiftId, await ActiveVolunteerAsync("Другая"));

        var open = await GetJsonAsync(coordinator, $"/api/v1/volunteers/{volunteerId}/open-shifts");

        Assert.That(open[0]!["freePlaces"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task AVolunteerWhoMayNotSignUp_GetsAnEmptyList()
    {
        var coordinator = await CoordinatorAsync();
        await PublishedShiftAsync(coordinator);
        var suspended = await VolunteerBuilder.AVolunteer().Suspended().SaveIdAsync(Factory);

        Assert.That(await OpenShiftIdsAsync(coordinator, suspended), Is.Empty);
    }

    [Test]
    public async Task AnotherVolunteer_Is403_AndAnUnknownVolunteer404()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        using var other = await VolunteerClientAsync(await ActiveVolunteerAsync("Другая"));

        await AssertProblemAsync(await other.GetAsync($"/api/v1/volunteers/{volunteerId}/open-shifts"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Anonymous.GetAsync($"/api/v1/volunteers/{volunteerId}/open-shifts"), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await coordinator.GetAsync($"/api/v1/volunteers/{Guid.NewGuid()}/open-shifts"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ABadRange_Is400WithFieldErrors()
    {
        var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();

        var reversed = await coordinator.GetAsync($"/api/v1/volunteers/{volunteerId}/open-shifts?from={HqToday:yyyy-MM-dd}&to={HqToday.AddDays(-1):yyyy-MM-dd}");
        await AssertProblemAsync(reversed, HttpStatusCode.BadRequest);
        Assert.That((await reversed.ReadJsonAsync())["errors"]!["to"], Is.Not.Null);

        var malformed = await coordinator.GetAsync($"/api/v1/volunteers/{volunteerId}/open-shifts?from=tomorrow");
        await AssertProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.That((await malformed.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key), Does.Contain("from"));
    }

    [Test]
    public async Task TheStartRange_HasAnIndex()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        var indexes = await db.Database.SqlQueryRaw<string>(Database.IndexNamesSql, "Shifts").ToListAsync();

        Assert.That(indexes, Does.Contain("IX_Shifts_StartsAt"));
    }
}
