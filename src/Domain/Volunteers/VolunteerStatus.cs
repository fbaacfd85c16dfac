namespace Volunteers.Domain.Volunteers;

public enum VolunteerStatus
{
    Trainee,
    Active,
    Reserve,
    Suspended,
    Retired,
}
