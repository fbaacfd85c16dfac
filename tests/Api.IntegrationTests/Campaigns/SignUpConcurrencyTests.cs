using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Domain.Campaigns;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Campaigns;

/// <summary>The capacity of a shift holds under simultaneous requests, as the database enforces it.</summary>
public sealed class SignUpConcurrencyTests(TestDatabase database) : CampaignApiTest(database)
{
    [Test]
    public async Task HundredSimultaneousSignUps_ForTenSeats_GiveTenConfirmedAndNinetyWaitlisted_InOrder()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator, capacity: 10);
        var volunteers = (await VolunteerBuilder.SaveManyAsync(Factory, Enumerable.Range(0, 100).Select(_ => VolunteerBuilder.AVolunteer()))).Select(v => v.Id).ToList();

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var responses = await Task.WhenAll(volunteers.Select(id => SignUpAsync(coordinator, shiftId, id)));
        await TestContext.Out.WriteLineAsync($"{Database}: 100 simultaneous sign-ups answered in {stopwatch.ElapsedMilliseconds} ms");

        var failures = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.That(failures, Is.Empty, failures.Count == 0 ? "" : await failures[0].Content.ReadAsStringAsync());
        var answers = await Task.WhenAll(responses.Select(r => r.ReadJsonAsync()));
        var confirmed = answers.Count(a => a["status"]!.GetValue<string>() == "Confirmed");
        var waitlisted = answers.Where(a => a["status"]!.GetValue<string>() == "Waitlisted").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(confirmed, Is.EqualTo(10));
            Assert.That(waitlisted, Has.Count.EqualTo(90));
            Assert.That(waitlisted.Select(a => a["position"]!.GetValue<int>()), Is.EquivalentTo(Enumerable.Range(1, 90)), "FIFO positions 1..90, each once");
            Assert.That(answers.Where(a => a["status"]!.GetValue<string>() == "Confirmed").All(a => a["position"] is null), Is.True);
        });

        var shift = await GetJsonAsync(Anonymous, $"/api/v1/shifts/{shiftId}");
        Assert.That(shift["confirmedCount"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(shift["waitlistedCount"]!.GetValue<int>(), Is.EqualTo(90));

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var stored = await db.SignUps.Where(s => s.ShiftId == shiftId).ToListAsync();
        Assert.That(stored.Count(s => s.Status == SignUpStatus.Confirmed), Is.EqualTo(10), "the rows agree with the counters");
        Assert.That(stored.Select(s => s.Ticket).Distinct().Count(), Is.EqualTo(100), "every sign-up has its own place in the queue");
        var waitOrder = stored.Where(s => s.Status == SignUpStatus.Waitlisted).OrderBy(s => s.Ticket).Select(s => s.VolunteerId).ToList();
        var answeredOrder = waitlisted.OrderBy(a => a["position"]!.GetValue<int>()).Select(a => Guid.Parse(a["volunteerId"]!.GetValue<string>())).ToList();
        Assert.That(answeredOrder, Is.EqualTo(waitOrder), "the positions answered are the queue's order");
    }

    [Test]
    public async Task SimultaneousCancellationsAndSignUps_NeverOverbook_AndPromoteInOrder()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator, capacity: 5);
        var volunteers = (await VolunteerBuilder.SaveManyAsync(Factory, Enumerable.Range(0, 40).Select(_ => VolunteerBuilder.AVolunteer()))).Select(v => v.Id).ToList();
        foreach (var id in volunteers.Take(20))
        {
            await SignedUpAsync(coordinator, shiftId, id);
        }

        // The five seated volunteers leave while twenty more sign up.
        var leaving = volunteers.Take(5).Select(id => coordinator.DeleteAsync($"/api/v1/shifts/{shiftId}/signups/{id}"));
        var joining = volunteers.Skip(20).Select(id => SignUpAsync(coordinator, shiftId, id));
        var responses = await Task.WhenAll(leaving.Concat(joining));

        Assert.That(responses.Select(r => (int)r.StatusCode), Is.All.LessThan(300));
        var shift = await GetJsonAsync(Anonymous, $"/api/v1/shifts/{shiftId}");
        Assert.That(shift["confirmedCount"]!.GetValue<int>(), Is.EqualTo(5));
        Assert.That(shift["waitlistedCount"]!.GetValue<int>(), Is.EqualTo(30));
        var roster = (await GetJsonAsync(coordinator, $"/api/v1/shifts/{shiftId}/signups")).AsArray();
        var seated = roster.Where(r => r!["status"]!.GetValue<string>() == "Confirmed").Select(r => Guid.Parse(r!["volunteerId"]!.GetValue<string>()));
        Assert.That(seated, Is.EquivalentTo(volunteers.Skip(5).Take(5)), "the first five of the waitlist got the freed seats");
    }

    [Test]
    public async Task TheSameVolunteer_SigningUpTwiceAtOnce_GetsOneSignUp()
    {
        using var coordinator = await CoordinatorAsync();
        var shiftId = await PublishedShiftAsync(coordinator);
        var volunteerId = await ActiveVolunteerAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SignUpAsync(coordinator, shiftId, volunteerId)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await AssertProblemAsync(refused, HttpStatusCode.Conflict);
        }

        Assert.That((await GetJsonAsync(Anonymous, $"/api/v1/shifts/{shiftId}"))["confirmedCount"]!.GetValue<int>(), Is.EqualTo(1));
    }
}
