using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Persistence.Seeding;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class ReferenceDataTests(TestDatabase database) : ApiTest(database)
{
    private static object Text(string word) => new { kk = $"{word} kk", ru = $"{word} ru", en = $"{word} en" };

    [Test]
    public async Task Directions_AreSeededWithTheSixCodes_InThreeLanguages()
    {
        var directions = (await (await Anonymous.GetAsync("/api/v1/directions")).ReadJsonAsync()).AsArray();
        Assert.That(directions.Select(d => d!["code"]!.GetValue<string>()),
            Is.EquivalentTo(new[] { "emergency", "social", "medical", "international", "events", "ecology" }));
        foreach (var direction in directions)
        {
            Assert.That(direction!["name"]!["kk"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(direction["name"]!["ru"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(direction["description"]!["en"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(direction["isActive"]!.GetValue<bool>(), Is.True);
        }
    }

    [Test]
    public async Task Districts_AreTheFiveOfTheCapital()
    {
        var districts = (await (await Anonymous.GetAsync("/api/v1/districts")).ReadJsonAsync()).AsArray();
        Assert.That(districts.Select(d => d!["code"]!.GetValue<string>()), Is.EquivalentTo(new[] { "Almaty", "Baikonur", "Yesil", "Saryarka", "Nura" }));
        Assert.That(districts.All(d => !string.IsNullOrEmpty(d!["name"]!["kk"]!.GetValue<string>())), Is.True);
    }

    [Test]
    public async Task TrainingStages_AreTheThreeOfTheSchool()
    {
        var stages = (await (await Anonymous.GetAsync("/api/v1/training-stages")).ReadJsonAsync()).AsArray();
        Assert.That(stages.Select(s => s!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Introductory", "Specialization", "Practice" }));
        Assert.Multiple(() =>
        {
            Assert.That(stages[0]!["requiredLessons"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(stages[0]!["passThresholdPercent"]!.GetValue<int>(), Is.EqualTo(80));
            Assert.That(stages[1]!["passThresholdPercent"]!.GetValue<int>(), Is.EqualTo(80));
            Assert.That(stages[2]!["requiredShifts"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task SeedingTwice_AddsNothing()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var before = (await db.Directions.CountAsync(), await db.Districts.CountAsync(), await db.TrainingStages.CountAsync(), await db.UserAccounts.CountAsync());
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var after = (await db.Directions.CountAsync(), await db.Districts.CountAsync(), await db.TrainingStages.CountAsync(), await db.UserAccounts.CountAsync());
        Assert.That(after, Is.EqualTo(before));
        Assert.That(before, Is.EqualTo((6, 5, 3, 1)));
    }

    [Test]
    public async Task Admin_CreatesUpdatesAndDeactivatesADirection()
    {
        using var admin = await AdminAsync();
        var created = await admin.PostJsonAsync("/api/v1/directions", new { code = "animal-care", name = Text("Animals"), description = Text("Shelters") });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (await created.ReadJsonAsync())["id"]!.GetValue<int>();
        Assert.That(created.Headers.Location!.ToString(), Does.EndWith($"/api/v1/directions/{id}"));

        var updated = await admin.PutJsonAsync($"/api/v1/directions/{id}", new { name = Text("Pets"), description = Text("Shelters") });
        Assert.That((await updated.ReadJsonAsync())["name"]!["en"]!.GetValue<string>(), Is.EqualTo("Pets en"));

        var deactivated = await (await admin.PostAsync($"/api/v1/directions/{id}/deactivate", null)).ReadJsonAsync();
        Assert.That(deactivated["isActive"]!.GetValue<bool>(), Is.False);
        var fetched = await (await Anonymous.GetAsync($"/api/v1/directions/{id}")).ReadJsonAsync();
        Assert.That(fetched["isActive"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task CreateDirection_Validates_AndRefusesDuplicateCodes()
    {
        using var admin = await AdminAsync();
        var invalid = await admin.PostJsonAsync("/api/v1/directions", new { code = "Bad Code", name = new { kk = "", ru = "x" }, description = Text("d") });
        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        var errors = (await invalid.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[] { "code", "name.kk" }));

        var duplicate = await admin.PostJsonAsync("/api/v1/directions", new { code = "social", name = Text("n"), description = Text("d") });
        await AssertProblemAsync(duplicate, HttpStatusCode.Conflict, "/direction-code-taken");
    }

    [Test]
    public async Task DirectionWrites_NeedTheAdminRole()
    {
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/api/v1/directions", new { code = "x", name = Text("n"), description = Text("d") }), HttpStatusCode.Unauthorized);
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.PostJsonAsync("/api/v1/directions", new { code = "x", name = Text("n"), description = Text("d") }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.PutJsonAsync("/api/v1/directions/1", new { name = Text("n"), description = Text("d") }), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.PostAsync("/api/v1/directions/1/deactivate", null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await coordinator.PutJsonAsync("/api/v1/training-stages/1", new { }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Admin_UpdatesAStage_WithinTheRules()
    {
        using var admin = await AdminAsync();
        var ok = await admin.PutJsonAsync("/api/v1/training-stages/1",
            new { name = Text("Intro"), description = Text("d"), requiredLessons = 12, passThresholdPercent = 75, requiredShifts = 0 });
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stage = await ok.ReadJsonAsync();
        Assert.That(stage["requiredLessons"]!.GetValue<int>(), Is.EqualTo(12));
        Assert.That(stage["order"]!.GetValue<int>(), Is.EqualTo(1));

        var invalid = await admin.PutJsonAsync("/api/v1/training-stages/1",
            new { name = Text("Intro"), description = Text("d"), requiredLessons = 0, passThresholdPercent = 101, requiredShifts = 0 });
        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
        var errors = (await invalid.ReadJsonAsync())["errors"]!.AsObject();
        Assert.That(errors.Select(e => e.Key), Is.SupersetOf(new[] { "requiredLessons", "passThresholdPercent" }));

        await AssertProblemAsync(await admin.PutJsonAsync("/api/v1/training-stages/9",
            new { name = Text("x"), description = Text("d"), requiredLessons = 1, passThresholdPercent = 80, requiredShifts = 0 }), HttpStatusCode.NotFound);
    }
}
