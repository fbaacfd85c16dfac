namespace Volunteers.Application.Shifts;

/// <summary>
/// The check-in codes of shifts and the wrong tries against them, kept by the database so that several instances
/// agree: each method is one conditional statement the database evaluates atomically (see <c>CheckInCode</c> for the rules).
/// </summary>
public interface ICheckInCodes
{
    /// <summary>The shift's current code; the first caller issues one, and callers racing with it all get that same code.</summary>
    Task<string> CurrentAsync(Guid shiftId, CancellationToken cancellationToken);

    /// <summary>Replaces the shift's code at once (the old one stops working) and returns the new one.</summary>
    Task<string> RotateAsync(Guid shiftId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a try of a code for the sign-up before the code is compared, so that parallel guesses cannot all pass:
    /// null when counted (the code may be compared), else when the next try is allowed (nothing is counted).
    /// </summary>
    Task<DateTimeOffset?> TryCountTryAsync(Guid signUpId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The right code: the tries counted so far are forgotten.</summary>
    Task ForgetTriesAsync(Guid signUpId, CancellationToken cancellationToken);
}

/// <summary>Marks the no-shows in one set-based conditional update, so that passes on several instances mark each sign-up once.</summary>
public interface INoShowMarking
{
    /// <summary>Marks the unattended seats of shifts that ended at or before <paramref name="endedBy"/>; answers how many.</summary>
    Task<int> MarkAsync(DateTimeOffset endedBy, CancellationToken cancellationToken);
}
