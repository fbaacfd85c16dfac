namespace Volunteers.Domain.School;

public enum StageKind
{
    Introductory,
    Specialization,
    Practice,
}
