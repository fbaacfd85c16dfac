namespace Volunteers.Domain.School;

/// <summary>A volunteer in a cohort, and who put them there (with an override when the direction was not theirs).</summary>
public sealed class CohortMember
{
    private CohortMember()
    {
    }

    internal CohortMember(Guid cohortId, Guid volunteerId, bool directionOverridden, Guid? addedBy, DateTimeOffset joinedAt)
    {
        CohortId = cohortId;
        VolunteerId = volunteerId;
        DirectionOverridden = directionOverridden;
        AddedBy = addedBy;
        JoinedAt = joinedAt;
    }

    public Guid CohortId { get; private set; }
    public Guid VolunteerId { get; private set; }

    /// <summary>Staff enrolled the volunteer in a specialisation outside the directions they chose.</summary>
    public bool DirectionOverridden { get; private set; }

    /// <summary>The staff account that enrolled the volunteer.</summary>
    public Guid? AddedBy { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
}
