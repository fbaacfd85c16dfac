namespace Volunteers.Domain.Accounts;

public enum Role
{
    Volunteer,
    Trainer,
    Coordinator,
    Admin,
}
