namespace Volunteers.Domain.Applications;

public enum ApplicationStatus
{
    Submitted,
    Approved,
    Rejected,
}
