using Volunteers.Domain.Common;

namespace Volunteers.Domain.School;

/// <summary>
/// A trainee passed the specialisation (stage 2) and entered the practice (stage 3) on <paramref name="On"/>: their
/// practice record starts that day, in the same save as the cohort's completion.
/// </summary>
public sealed record TraineeEnteredPractice(Guid VolunteerId, Guid CohortId, DateOnly On) : IDomainEvent;
