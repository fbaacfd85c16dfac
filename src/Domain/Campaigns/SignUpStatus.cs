namespace Volunteers.Domain.Campaigns;

public enum SignUpStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,

    /// <summary>Held a seat and never checked in; marked some time after the shift's end (a staff check-in clears it).</summary>
    NoShow,
}
