namespace Volunteers.Domain.School;

/// <summary>A cohort is Open while it trains and takes members; Completed once its trainer has decided who passed.</summary>
public enum CohortStatus
{
    Open,
    Completed,
}
