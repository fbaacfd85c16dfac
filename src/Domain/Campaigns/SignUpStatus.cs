namespace Volunteers.Domain.Campaigns;

public enum SignUpStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
