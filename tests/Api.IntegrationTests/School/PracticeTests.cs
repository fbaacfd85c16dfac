using System.Net;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>
/// Stage 3: the school hears of check-outs through the <see cref="VolunteerCheckedOut"/> domain event. The first
/// test takes a trainee through a real shift over HTTP; the others publish the event through the app's own mediator,
/// as the check-out command does, to reach the edges (the HQ date, shifts heard twice, unknown volunteers).
/// </summary>
public sealed class PracticeTests(TestDatabase database) : SchoolTest(database)
{
    private static string HqDateOf(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd");

    private async Task CheckOutAsync(Guid volunteerId, Guid shiftId, DateTimeOffset checkedOutAt)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
        await publisher.Publish(new VolunteerCheckedOut(volunteerId, shiftId, Guid.NewGuid(), checkedOutAt.AddHours(-3), checkedOutAt));
    }

    [Test]
    public async Task ATraineeInPractice_SignedUpCheckedInAndOutOfARealShift_OverHttp_BecomesActive()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var shiftId = await PracticeShiftAsync(coordinator);
        var early = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups", new { volunteerId = trainee });
        await AssertProblemAsync(early, HttpStatusCode.Conflict); // not before the practice stage
        await BringToPracticeAsync(coordinator, trainee);

        var signUp = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups", new { volunteerId = trainee });
        Assert.That(signUp.StatusCode, Is.EqualTo(HttpStatusCode.Created), await signUp.Content.ReadAsStringAsync());
        Assert.That((await signUp.ReadJsonAsync())["status"]!.GetValue<string>(), Is.EqualTo("Confirmed"));
        var now = Clock.GetUtcNow();
        var checkIn = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{trainee}/check-in", new { at = now.AddHours(-4) });
        Assert.That(checkIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkIn.Content.ReadAsStringAsync());
        Assert.That((await LoadVolunteerAsync(trainee)).Status, Is.EqualTo(VolunteerStatus.Trainee), "a check-in alone is no completed shift");
        var checkOut = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{trainee}/check-out", new { at = now.AddHours(-1) });
        Assert.That(checkOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkOut.Content.ReadAsStringAsync());

        var volunteer = await GetJsonAsync(coordinator, $"/api/v1/volunteers/{trainee}");
        Assert.Multiple(() =>
        {
            Assert.That(volunteer["status"]!.GetValue<string>(), Is.EqualTo("Active"));
            Assert.That(volunteer["currentStage"], Is.Null);
            Assert.That(volunteer["schoolPassedOn"]!.GetValue<string>(), Is.EqualTo(HqDateOf(now.AddHours(-1))));
            Assert.That(volunteer["hours"]!.GetValue<double>(), Is.EqualTo(3));
        });
        var practice = StageOf(await TrainingOfAsync(coordinator, trainee), Practice);
        Assert.That(practice["status"]!.GetValue<string>(), Is.EqualTo("Passed"));
        Assert.That(practice["shiftsCompleted"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ACheckedOutShift_PassesThePractice_AndMakesTheTraineeActive_OnTheHqDateOfTheCheckOut()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await BringToPracticeAsync(coordinator, trainee);

        // 20:30 UTC is 01:30 the next day in Astana (UTC+5): the school is passed on the HQ's date.
        await CheckOutAsync(trainee, Guid.NewGuid(), new DateTimeOffset(2026, 5, 20, 20, 30, 0, TimeSpan.Zero));

        var volunteer = await LoadVolunteerAsync(trainee);
        Assert.Multiple(() =>
        {
            Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Active));
            Assert.That(volunteer.CurrentStage, Is.Null);
            Assert.That(volunteer.SchoolPassedOn, Is.EqualTo(new DateOnly(2026, 5, 21)));
        });
        var practice = StageOf(await TrainingOfAsync(coordinator, trainee), Practice);
        Assert.Multiple(() =>
        {
            Assert.That(practice["status"]!.GetValue<string>(), Is.EqualTo("Passed"));
            Assert.That(practice["passedOn"]!.GetValue<string>(), Is.EqualTo("2026-05-21"));
            Assert.That(practice["shiftsCompleted"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(practice["cohortId"], Is.Null);
        });
    }

    [Test]
    public async Task ThePractice_NeedsTheStagesRequiredShifts_EachShiftCountingOnce()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await BringToPracticeAsync(coordinator, trainee);
        await SetStageRulesAsync(Practice, 1, requiredShifts: 2);
        var firstShift = Guid.NewGuid();
        var checkedOutAt = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

        await CheckOutAsync(trainee, firstShift, checkedOutAt);
        await CheckOutAsync(trainee, firstShift, checkedOutAt.AddMinutes(5)); // the same shift, heard twice
        Assert.That((await LoadVolunteerAsync(trainee)).Status, Is.EqualTo(VolunteerStatus.Trainee));
        var halfway = StageOf(await TrainingOfAsync(coordinator, trainee), Practice);
        Assert.That(halfway["status"]!.GetValue<string>(), Is.EqualTo("InProgress"));
        Assert.That(halfway["shiftsCompleted"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(halfway["requiredShifts"]!.GetValue<int>(), Is.EqualTo(2));

        await CheckOutAsync(trainee, Guid.NewGuid(), checkedOutAt.AddDays(3));
        var volunteer = await LoadVolunteerAsync(trainee);
        Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Active));
        Assert.That(volunteer.SchoolPassedOn, Is.EqualTo(new DateOnly(2026, 5, 23)));
    }

    [Test]
    public async Task CheckOutsOfVolunteersOutsideThePractice_AreNotCounted()
    {
        using var coordinator = await CoordinatorAsync();
        var beginner = (await ATrainee().SaveAsync(Factory)).Id;
        var active = (await AnActiveVolunteer().ImportedAsTrained(new DateOnly(2020, 1, 1)).SaveAsync(Factory)).Id;
        var at = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

        await CheckOutAsync(beginner, Guid.NewGuid(), at);
        await CheckOutAsync(active, Guid.NewGuid(), at);
        await CheckOutAsync(Guid.NewGuid(), Guid.NewGuid(), at);

        Assert.That((await LoadVolunteerAsync(beginner)).CurrentStage, Is.EqualTo(StageKind.Introductory));
        Assert.That((await LoadVolunteerAsync(active)).SchoolPassedOn, Is.EqualTo(new DateOnly(2020, 1, 1)));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.That(await db.PracticeRecords.CountAsync(), Is.Zero);
        Assert.That(await db.StageResults.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task AfterGraduating_FurtherCheckOutsChangeNothing()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        await BringToPracticeAsync(coordinator, trainee);
        var at = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);
        await CheckOutAsync(trainee, Guid.NewGuid(), at);
        await CheckOutAsync(trainee, Guid.NewGuid(), at.AddDays(10));

        Assert.That((await LoadVolunteerAsync(trainee)).SchoolPassedOn, Is.EqualTo(new DateOnly(2026, 5, 20)));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Assert.That(await db.StageResults.CountAsync(r => r.VolunteerId == trainee && r.Stage == StageKind.Practice), Is.EqualTo(1));
    }
}
