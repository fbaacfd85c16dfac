namespace Volunteers.Domain.Training;

public enum StageOutcome
{
    Passed,
    Failed,
}
