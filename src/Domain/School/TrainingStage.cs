using Volunteers.Domain.Common;

namespace Volunteers.Domain.School;

/// <summary>One of the three school stages. Its order and kind are fixed; the pass rules are configurable.</summary>
public sealed class TrainingStage : Entity<int>
{
    private TrainingStage()
    {
    }

    public int Order { get; private set; }
    public StageKind Kind { get; private set; }
    public LocalizedText Name { get; private set; } = null!;
    public LocalizedText Description { get; private set; } = null!;
    public int RequiredLessons { get; private set; }
    public int PassThresholdPercent { get; private set; }
    public int RequiredShifts { get; private set; }

    public static TrainingStage Create(
        int id, StageKind kind, LocalizedText name, LocalizedText description,
        int requiredLessons, int passThresholdPercent, int requiredShifts)
    {
        var stage = new TrainingStage { Id = id, Order = id, Kind = kind };
        stage.Update(name, description, requiredLessons, passThresholdPercent, requiredShifts);
        return stage;
    }

    public void Update(LocalizedText name, LocalizedText description, int requiredLessons, int passThresholdPercent, int requiredShifts)
    {
        if (passThresholdPercent is < 1 or > 100)
        {
            throw new DomainRuleViolationException("stage-threshold-out-of-range", "The pass threshold must be between 1 and 100 percent.");
        }

        if (requiredLessons < 1 || requiredShifts < 0)
        {
            throw new DomainRuleViolationException("stage-requirements-invalid", "A stage needs at least one lesson and a non-negative number of shifts.");
        }

        if (Kind == StageKind.Practice && requiredShifts < 1)
        {
            throw new DomainRuleViolationException("stage-requirements-invalid", "The practice stage is passed through shifts: it needs at least one.");
        }

        Name = name;
        Description = description;
        RequiredLessons = requiredLessons;
        PassThresholdPercent = passThresholdPercent;
        RequiredShifts = requiredShifts;
    }
}
