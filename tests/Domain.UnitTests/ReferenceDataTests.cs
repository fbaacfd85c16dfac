using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;
using Volunteers.Domain.School;

namespace Volunteers.Domain.UnitTests;

public sealed class ReferenceDataTests
{
    private static readonly LocalizedText Text = new("Мәтін", "Текст", "Text");

    [Test]
    public void Direction_DeactivatedTwice_BreaksTheRule()
    {
        var direction = Direction.Create("social", Text, Text);
        direction.Deactivate();
        Assert.That(direction.IsActive, Is.False);
        Assert.That(Assert.Throws<DomainRuleViolationException>(direction.Deactivate)!.Rule, Is.EqualTo("direction-already-inactive"));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void TrainingStage_ThresholdOutsideOneToHundred_IsRefused(int threshold)
    {
        var stage = TrainingStage.Create(1, StageKind.Introductory, Text, Text, 10, 80, 0);
        var error = Assert.Throws<DomainRuleViolationException>(() => stage.Update(Text, Text, 10, threshold, 0));
        Assert.That(error!.Rule, Is.EqualTo("stage-threshold-out-of-range"));
        Assert.That(stage.PassThresholdPercent, Is.EqualTo(80));
    }

    [Test]
    public void TrainingStage_KeepsOrderAndKindOnUpdate()
    {
        var stage = TrainingStage.Create(3, StageKind.Practice, Text, Text, 1, 80, 1);
        stage.Update(Text, Text, 2, 100, 3);
        Assert.Multiple(() =>
        {
            Assert.That(stage.Order, Is.EqualTo(3));
            Assert.That(stage.Kind, Is.EqualTo(StageKind.Practice));
            Assert.That(stage.RequiredShifts, Is.EqualTo(3));
        });
    }

    [Test]
    public void LocalizedText_FallsBackToRussianWhenEnglishIsMissing()
    {
        var text = new LocalizedText("Сәлем", "Привет");
        Assert.That(text.In("en"), Is.EqualTo("Привет"));
        Assert.That(text.In("kk"), Is.EqualTo("Сәлем"));
    }
}
