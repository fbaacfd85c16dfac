namespace Volunteers.Domain.Training;

public enum StageKind
{
    Introductory,
    Specialization,
    Practice,
}
