namespace Volunteers.Domain.School;

public enum StageOutcome
{
    Passed,
    Failed,
}
