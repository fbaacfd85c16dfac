using System.Net;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Api.IntegrationTests.Campaigns;

public sealed class SignUpTests(TestDatabase database) : CampaignApiTest(database)
{
    [Test]
    public async Task Staff_SignUpAnActiveVolunteer_Confirmed_WithLocation()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var volunteerId = await ActiveVolunteerAsync();

        var response = await SignUpAsync(coordinator, shiftId, volunteerId);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var signUp = await response.ReadJsonAsync();
        Assert.That(signUp["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        Assert.That(signUp["position"], Is.Null);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/shifts/{shiftId}/signups/{volunteerId}"));
        Assert.That((await GetJsonAsync(coordinator, response.Headers.Location.ToString()))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task AVolunteer_SignsUpThemself_ButNotSomeoneElse()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var me = await ActiveVolunteerAsync();
        var someoneElse = await ActiveVolunteerAsync();
        using var volunteer = await VolunteerClientAsync(me);

        Assert.That((await SignUpAsync(volunteer, shiftId, me)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await AssertProblemAsync(await SignUpAsync(volunteer, shiftId, someoneElse), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await volunteer.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{someoneElse}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await volunteer.GetAsync($"/api/v1/shifts/{shiftId}/signups/{someoneElse}"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await volunteer.GetAsync($"/api/v1/shifts/{shiftId}/signups"), HttpStatusCode.Forbidden);
        Assert.That((await GetJsonAsync(volunteer, $"/api/v1/shifts/{shiftId}/signups/{me}"))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
    }

    [Test]
    public async Task Anonymous_Gets401_AndATrainer403()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var volunteerId = await ActiveVolunteerAsync();
        using var trainer = await TrainerAsync();

        await AssertProblemAsync(await SignUpAsync(Anonymous, shiftId, volunteerId), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await SignUpAsync(trainer, shiftId, volunteerId), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task OnlyActiveVolunteers_AndTraineesInPractice_SignUp()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var inPractice = (await VolunteerBuilder.ATrainee(StageKind.Practice).SaveAsync(Factory)).Id;
        var newcomer = (await VolunteerBuilder.ATrainee(StageKind.Introductory).SaveAsync(Factory)).Id;
        var specialising = (await VolunteerBuilder.ATrainee(StageKind.Specialization).SaveAsync(Factory)).Id;
        var suspended = (await VolunteerBuilder.AVolunteer().WithStatus(VolunteerStatus.Suspended).SaveAsync(Factory)).Id;

        Assert.That((await SignUpAsync(coordinator, shiftId, inPractice)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        foreach (var refused in new[] { newcomer, specialising, suspended })
        {
            await AssertProblemAsync(await SignUpAsync(coordinator, shiftId, refused), HttpStatusCode.Conflict, "/volunteer-not-eligible-for-shifts");
        }
    }

    [Test]
    public async Task TheCampaign_MustBePublishedOrRunning()
    {
        using var coordinator = await CoordinatorAsync();
        var volunteerId = await ActiveVolunteerAsync();
        using var volunteer = await VolunteerClientAsync(volunteerId);
        var shifts = new Dictionary<string, Guid>();
        foreach (var (status, path) in new Dictionary<string, string[]>
                 {
                     ["Draft"] = [], ["Published"] = ["publish"], ["InProgress"] = ["publish", "start"],
                     ["Completed"] = ["publish", "start", "complete"], ["Cancelled"] = ["publish", "cancel"],
                 })
        {
            var campaignId = await CampaignAsync(coordinator);
            var day = HqToday.AddDays(shifts.Count + 1);
            shifts[status] = await AddShiftAsync(coordinator, campaignId, HqTime(day, 9), HqTime(day, 12));
            await TransitionAsync(coordinator, campaignId, path);
        }

        Assert.That((await SignUpAsync(volunteer, shifts["Published"], volunteerId)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await SignUpAsync(volunteer, shifts["InProgress"], volunteerId)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await AssertProblemAsync(await SignUpAsync(volunteer, shifts["Completed"], volunteerId), HttpStatusCode.Conflict, "/campaign-not-open-for-signups");
        await AssertProblemAsync(await SignUpAsync(coordinator, shifts["Draft"], volunteerId), HttpStatusCode.Conflict, "/campaign-not-open-for-signups");
        await AssertProblemAsync(await SignUpAsync(coordinator, shifts["Cancelled"], volunteerId), HttpStatusCode.Conflict, "/campaign-not-open-for-signups");
        // To a volunteer, a draft's or cancelled campaign's shift does not exist.
        await AssertProblemAsync(await SignUpAsync(volunteer, shifts["Draft"], volunteerId), HttpStatusCode.NotFound);
        await AssertProblemAsync(await SignUpAsync(volunteer, shifts["Cancelled"], volunteerId), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task SigningUpTwice_Is409_AndUnknownShiftOrVolunteer404()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(coordinator, shiftId, volunteerId);

        await AssertProblemAsync(await SignUpAsync(coordinator, shiftId, volunteerId), HttpStatusCode.Conflict, "/signup-duplicate");
        await AssertProblemAsync(await SignUpAsync(coordinator, Guid.NewGuid(), volunteerId), HttpStatusCode.NotFound);
        await AssertProblemAsync(await SignUpAsync(coordinator, shiftId, Guid.NewGuid()), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task OverlappingShifts_AreRefused_ButBackToBackOnesAreFine()
    {
        using var coordinator = await CoordinatorAsync();
        var first = await CampaignAsync(coordinator, "publish");
        var second = await CampaignAsync(coordinator, "publish");
        var day = HqToday.AddDays(2);
        var morning = await AddShiftAsync(coordinator, first, HqTime(day, 9), HqTime(day, 13));
        var overlapping = await AddShiftAsync(coordinator, second, HqTime(day, 12), HqTime(day, 16));
        var afternoon = await AddShiftAsync(coordinator, second, HqTime(day, 13), HqTime(day, 17));
        var volunteerId = await ActiveVolunteerAsync();
        await SignedUpAsync(coordinator, morning, volunteerId);

        await AssertProblemAsync(await SignUpAsync(coordinator, overlapping, volunteerId), HttpStatusCode.Conflict, "/signup-overlapping-shift");
        Assert.That((await SignUpAsync(coordinator, afternoon, volunteerId)).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        // A cancelled sign-up no longer holds the time.
        Assert.That((await coordinator.DeleteAsync($"/api/v1/shifts/{morning}/signups/{volunteerId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await coordinator.DeleteAsync($"/api/v1/shifts/{afternoon}/signups/{volunteerId}");
        Assert.That((await SignUpAsync(coordinator, overlapping, volunteerId)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task AWaitlistedShift_AlsoHoldsTheTime()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish");
        var day = HqToday.AddDays(2);
        var full = await AddShiftAsync(coordinator, campaignId, HqTime(day, 9), HqTime(day, 13), capacity: 1);
        var sameTime = await AddShiftAsync(coordinator, campaignId, HqTime(day, 10), HqTime(day, 12));
        await SignedUpAsync(coordinator, full, await ActiveVolunteerAsync());
        var volunteerId = await ActiveVolunteerAsync();
        Assert.That((await SignedUpAsync(coordinator, full, volunteerId))["status"]!.GetValue<string>(), Is.EqualTo("Waitlisted"));

        await AssertProblemAsync(await SignUpAsync(coordinator, sameTime, volunteerId), HttpStatusCode.Conflict, "/signup-overlapping-shift");
    }

    [Test]
    public async Task WhenFull_VolunteersQueueInOrder_AndACancellationPromotesTheFirst()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator, capacity: 2);
        var v = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            v.Add(await ActiveVolunteerAsync($"Волонтёр{i}"));
        }

        var answers = new List<(string Status, int? Position)>();
        foreach (var id in v)
        {
            var answer = await SignedUpAsync(coordinator, shiftId, id);
            answers.Add((answer["status"]!.GetValue<string>(), answer["position"]?.GetValue<int>()));
        }

        Assert.That(answers, Is.EqualTo(new[] { ("Confirmed", (int?)null), ("Confirmed", null), ("Waitlisted", 1), ("Waitlisted", 2), ("Waitlisted", 3) }));

        // A seated volunteer cancels: the first waitlisted gets the seat, the others move up.
        Assert.That((await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{v[0]}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups/{v[2]}"))["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups/{v[3]}"))["position"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups/{v[0]}"))["status"]!.GetValue<string>(), Is.EqualTo("Cancelled"));

        // A waitlisted volunteer cancels: nobody is promoted, the one behind moves up.
        Assert.That((await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{v[3]}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups/{v[4]}"))["position"]!.GetValue<int>(), Is.EqualTo(1));

        var shift = await GetJsonAsync(Anonymous, $"/api/v1/shifts/{shiftId}");
        Assert.That(shift["confirmedCount"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(shift["waitlistedCount"]!.GetValue<int>(), Is.EqualTo(1));

        var roster = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups")).AsArray();
        Assert.That(roster.Select(r => (IdOf2(r!), r!["status"]!.GetValue<string>())), Is.EqualTo(new[]
        {
            (v[1], "Confirmed"), (v[2], "Confirmed"), (v[4], "Waitlisted"), (v[0], "Cancelled"), (v[3], "Cancelled"),
        }));
        Assert.That(roster[0]!["fullName"]!.GetValue<string>(), Is.EqualTo("Волонтёр1 Айгерим"));

        // Everyone seated leaves: the last waitlisted is seated, then the seat is simply freed.
        await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{v[1]}");
        await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{v[2]}");
        shift = await GetJsonAsync(Anonymous, $"/api/v1/shifts/{shiftId}");
        Assert.That(shift["confirmedCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(shift["waitlistedCount"]!.GetValue<int>(), Is.Zero);

        static Guid IdOf2(System.Text.Json.Nodes.JsonNode node) => Guid.Parse(node["volunteerId"]!.GetValue<string>());
    }

    [Test]
    public async Task Cancelling_WhatIsNotThere_Is404_AndOnAClosedCampaign409()
    {
        using var coordinator = await CoordinatorAsync();
        var campaignId = await CampaignAsync(coordinator, "publish", "start");
        var shiftId = await AddShiftAsync(coordinator, campaignId, HqTime(HqToday.AddDays(1), 9), HqTime(HqToday.AddDays(1), 12));
        var volunteerId = await ActiveVolunteerAsync();

        await AssertProblemAsync(await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}"), HttpStatusCode.NotFound);
        await SignedUpAsync(coordinator, shiftId, volunteerId);
        await TransitionAsync(coordinator, campaignId, "complete");
        await AssertProblemAsync(await coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{volunteerId}"), HttpStatusCode.Conflict, "/campaign-closed");
    }

    [Test]
    public async Task AVolunteer_CancelsTheirOwnSignUp()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var me = await ActiveVolunteerAsync();
        using var volunteer = await VolunteerClientAsync(me);
        await SignedUpAsync(volunteer, shiftId, me);

        Assert.That((await volunteer.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{me}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await GetJsonAsync(Anonymous, $"/api/v1/shifts/{shiftId}"))["confirmedCount"]!.GetValue<int>(), Is.Zero);
        Assert.That((await SignUpAsync(volunteer, shiftId, me)).StatusCode, Is.EqualTo(HttpStatusCode.Created), "one may sign up again after cancelling");
    }
}
