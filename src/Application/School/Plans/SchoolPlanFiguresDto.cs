using Volunteers.Domain.School;

namespace Volunteers.Application.School.Plans;

/// <summary>
/// A year of the school against its plan. <c>target</c> is null when no plan was set for the year.
/// <c>enrolled</c>: volunteers whose first introductory cohort starts in the year. <c>passedByStage</c>: volunteers
/// who passed each stage (keyed Introductory, Specialization, Practice) for the first time in the year.
/// <c>becameActive</c>: volunteers whose school was completed in the year (graduates of the practice stage, and
/// volunteers imported as trained on a date in the year).
/// </summary>
public sealed record SchoolPlanFiguresDto(int Year, int? Target, int Enrolled, IReadOnlyDictionary<StageKind, int> PassedByStage, int BecameActive);
