using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary>
/// A check-out and the practice shift it counts are one unit: the school's handler of <c>VolunteerCheckedOut</c> runs
/// inside the check-out's save, before the commit. Here that handler fails once (the HQ calendar it asks for the
/// check-out's date throws): nothing of the check-out is kept, and the staff's retry checks out and counts the shift.
/// </summary>
public sealed class PracticeTransactionTests(TestDatabase database) : SchoolTest(database)
{
    private readonly FailingDates _failingDates = new();

    protected override VolunteersApiFactory CreateOwnFactory() => new(
        Database,
        new Dictionary<string, string?> { ["Mobilization:BackgroundWorkersEnabled"] = "false" },
        services =>
        {
            var calendar = services.Last(d => d.ServiceType == typeof(IHqCalendar));
            services.Remove(calendar);
            services.AddSingleton<IHqCalendar>(sp => new FailingDateOf(
                (IHqCalendar)ActivatorUtilities.CreateInstance(sp, calendar.ImplementationType!), _failingDates));
        });

    [Test]
    public async Task WhenCountingThePracticeShiftFails_TheCheckOutIsNotSaved_AndARetryDoesBoth()
    {
        using var coordinator = await CoordinatorAsync();
        var trainee = (await ATrainee().SaveAsync(Factory)).Id;
        var shiftId = await PracticeShiftAsync(coordinator);
        await BringToPracticeAsync(coordinator, trainee);
        var signUp = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups", new { volunteerId = trainee });
        Assert.That(signUp.StatusCode, Is.EqualTo(HttpStatusCode.Created), await signUp.Content.ReadAsStringAsync());
        var now = Clock.GetUtcNow();
        var checkIn = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{trainee}/check-in", new { at = now.AddHours(-4) });
        Assert.That(checkIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await checkIn.Content.ReadAsStringAsync());

        _failingDates.Failing = true;
        var failed = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{trainee}/check-out", new { at = now.AddHours(-1) });
        _failingDates.Failing = false;

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var stored = await db.SignUps.AsNoTracking().SingleAsync(s => s.ShiftId == shiftId && s.VolunteerId == trainee);
            var practice = await db.PracticeRecords.AsNoTracking().SingleAsync(p => p.VolunteerId == trainee);
            Assert.Multiple(() =>
            {
                Assert.That(stored.CheckedOutAt, Is.Null, "the check-out was rolled back with the failed handler");
                Assert.That(stored.WorkedMinutes, Is.Null);
                Assert.That(practice.ShiftsCompleted, Is.Zero);
            });
        }

        Assert.That((await LoadVolunteerAsync(trainee)).Status, Is.EqualTo(VolunteerStatus.Trainee));

        var retried = await coordinator.PostJsonAsync($"/api/v1/shifts/{shiftId}/signups/{trainee}/check-out", new { at = now.AddHours(-1) });
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), await retried.Content.ReadAsStringAsync());
        var volunteer = await LoadVolunteerAsync(trainee);
        Assert.That(volunteer.Status, Is.EqualTo(VolunteerStatus.Active), "the retry counted the practice shift");
        var stage = StageOf(await TrainingOfAsync(coordinator, trainee), Practice);
        Assert.That(stage["shiftsCompleted"]!.GetValue<int>(), Is.EqualTo(1));
    }

    private sealed class FailingDates
    {
        public volatile bool Failing;
    }

    /// <summary>The real HQ calendar, except that <see cref="DateOf"/> throws while the test says so.</summary>
    private sealed class FailingDateOf(IHqCalendar calendar, FailingDates failing) : IHqCalendar
    {
        public TimeZoneInfo TimeZone => calendar.TimeZone;

        public DateOnly Today => calendar.Today;

        public DateOnly DateOf(DateTimeOffset instant) =>
            failing.Failing ? throw new InvalidOperationException("The HQ calendar is unavailable (test).") : calendar.DateOf(instant);

        public DateTimeOffset StartOf(DateOnly date) => calendar.StartOf(date);
    }
}
