namespace Volunteers.Application.Shifts;

/// <summary>
/// The seats of a shift, kept by the database so that capacity holds under any concurrency, on every provider.
/// <para>
/// A roster change (sign-up, cancellation with promotion) runs in one transaction (<c>IUnitOfWork</c>) that first
/// <see cref="LockRosterAsync"/>s the shift, so roster changes of one shift happen one after another. The seat itself
/// is taken atomically by the database (<see cref="TryTakeSeatAsync"/>), and a CHECK constraint
/// (<c>ConfirmedCount &lt;= Capacity</c>) refuses any write that would overbook the shift.
/// </para>
/// </summary>
public interface IShiftSeats
{
    /// <summary>Serialises the shift's roster changes until commit and returns the new roster version: the FIFO ticket. 404 for an unknown shift.</summary>
    Task<int> LockRosterAsync(Guid shiftId, CancellationToken cancellationToken);

    /// <summary>Serialises one volunteer's sign-ups until commit, so two overlapping shifts cannot be taken at the same moment.</summary>
    Task LockVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken);

    /// <summary>Takes a seat if one is free and nobody waits for it; the database decides atomically.</summary>
    Task<bool> TryTakeSeatAsync(Guid shiftId, CancellationToken cancellationToken);

    /// <summary>Joins the end of the waitlist and returns the position there.</summary>
    Task<int> JoinWaitlistAsync(Guid shiftId, CancellationToken cancellationToken);

    /// <summary>Gives a seat back (nobody was waiting for it).</summary>
    Task ReleaseSeatAsync(Guid shiftId, CancellationToken cancellationToken);

    /// <summary>One fewer waiting: a waitlisted volunteer cancelled, or the first one took a freed seat.</summary>
    Task LeaveWaitlistAsync(Guid shiftId, CancellationToken cancellationToken);
}
