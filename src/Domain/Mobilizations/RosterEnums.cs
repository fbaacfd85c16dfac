namespace Volunteers.Domain.Mobilizations;

/// <summary>Where a volunteer stands on a day's roster.</summary>
public enum RosterSlot
{
    Active,
    Reserve,
}

/// <summary>
/// A roster entry's state: told and not yet answered (<see cref="Notified"/>), moved from the reserve to an active
/// place and not yet answered (<see cref="CalledUp"/>), or answered.
/// </summary>
public enum RosterEntryStatus
{
    Notified,
    Confirmed,
    Declined,
    CalledUp,
}

/// <summary>A volunteer's answer to a roster.</summary>
public enum RosterResponse
{
    Confirmed,
    Declined,
}
