using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.School;

/// <summary><c>PUT /training-stages/{id}</c>: the pass rules an admin may change, within their limits.</summary>
public sealed class StageSettingsTests(TestDatabase database) : SchoolTest(database)
{
    private static readonly object Text = new { kk = "Кезең", ru = "Этап", en = "Stage" };

    [TestCase(0, 80, 0, "requiredLessons")]
    [TestCase(10, 0, 0, "passThresholdPercent")]
    [TestCase(10, 101, 0, "passThresholdPercent")]
    [TestCase(10, 80, -1, "requiredShifts")]
    public async Task AnOutOfRangeRule_Returns400ForThatField(int lessons, int threshold, int shifts, string field)
    {
        using var admin = await AdminAsync();
        var response = await admin.PutJsonAsync("/api/v1/training-stages/1",
            new { name = Text, description = Text, requiredLessons = lessons, passThresholdPercent = threshold, requiredShifts = shifts });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That((await response.ReadJsonAsync())["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task TheBoundaries_OneAndAHundredPercent_AreAccepted()
    {
        await SetStageRulesAsync(Introductory, 1, threshold: 1);
        await SetStageRulesAsync(Introductory, 1, threshold: 100);
        var stages = (await (await Anonymous.GetAsync("/api/v1/training-stages")).ReadJsonAsync()).AsArray();
        Assert.That(stages[0]!["passThresholdPercent"]!.GetValue<int>(), Is.EqualTo(100));
        Assert.That(stages[0]!["requiredLessons"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task TheOrderAndKind_CannotBeChanged()
    {
        using var admin = await AdminAsync();
        var response = await admin.PutJsonAsync("/api/v1/training-stages/1",
            new { id = 3, order = 3, kind = "Practice", name = Text, description = Text, requiredLessons = 8, passThresholdPercent = 75, requiredShifts = 0 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stages = (await (await Anonymous.GetAsync("/api/v1/training-stages")).ReadJsonAsync()).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(stages.Select(s => s!["id"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(stages.Select(s => s!["order"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(stages.Select(s => s!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "Introductory", "Specialization", "Practice" }));
            Assert.That(stages[0]!["requiredLessons"]!.GetValue<int>(), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task ThePracticeStage_NeedsAtLeastOneShift()
    {
        using var admin = await AdminAsync();
        var response = await admin.PutJsonAsync("/api/v1/training-stages/3",
            new { name = Text, description = Text, requiredLessons = 1, passThresholdPercent = 80, requiredShifts = 0 });
        await AssertProblemAsync(response, HttpStatusCode.Conflict, "/stage-requirements-invalid");
    }
}
