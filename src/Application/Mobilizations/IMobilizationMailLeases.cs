namespace Volunteers.Application.Mobilizations;

/// <summary>
/// Claims of the mobilisation mail sender, so that several API instances never send the same message at once: a claim
/// is one conditional UPDATE that the database evaluates atomically.
/// </summary>
public interface IMobilizationMailLeases
{
    /// <summary>
    /// Leases those of <paramref name="notificationIds"/> that are still due at <paramref name="now"/> (see
    /// <c>MobilizationNotification.DueAt</c>) until <paramref name="leaseUntil"/>, and returns the lease's token: the
    /// messages that carry it are this sender's.
    /// </summary>
    Task<Guid> ClaimAsync(IReadOnlyCollection<Guid> notificationIds, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);
}
