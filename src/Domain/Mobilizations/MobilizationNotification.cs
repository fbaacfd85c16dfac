using System.Linq.Expressions;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.Mobilizations;

/// <summary>What a mobilisation message tells its volunteer.</summary>
public enum MobilizationNotificationKind
{
    /// <summary>You hold an active place on the day's roster; answer by the deadline.</summary>
    ActivePlace,

    /// <summary>You stand in reserve for the day.</summary>
    ReservePlace,

    /// <summary>You were called up from the reserve to an active place; answer by the deadline.</summary>
    CalledUp,
}

public enum MobilizationNotificationState
{
    Pending,
    Sent,

    /// <summary>The volunteer has no e-mail address (e.g. their data was erased); nothing to send.</summary>
    Undeliverable,

    /// <summary>Every attempt failed; kept for staff to see.</summary>
    Failed,
}

/// <summary>
/// An e-mail owed to one volunteer about a mobilisation: written in the same transaction as the roster change (an
/// outbox), sent afterwards in the background, retried with backoff. Mobilisation messages are emergency messages,
/// so they go out whatever the volunteer's choice about non-emergency messages.
/// </summary>
public sealed class MobilizationNotification
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(1);

    private MobilizationNotification()
    {
    }

    public Guid Id { get; private set; }
    public Guid MobilizationId { get; private set; }
    public Guid RosterId { get; private set; }
    public Guid VolunteerId { get; private set; }
    public MobilizationNotificationKind Kind { get; private set; }
    public MobilizationNotificationState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The sender that has claimed the message and until when; another instance takes over after that.</summary>
    public Guid? LeaseToken { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The messages a sender may claim at <paramref name="now"/>: pending, due, and not leased to another sender.</summary>
    public static Expression<Func<MobilizationNotification, bool>> DueAt(DateTimeOffset now) =>
        n => n.State == MobilizationNotificationState.Pending && n.NextAttemptAt <= now && (n.LeaseUntil == null || n.LeaseUntil <= now);

    public static MobilizationNotification For(RosterEntry entry, MobilizationNotificationKind kind, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MobilizationId = entry.MobilizationId,
        RosterId = entry.RosterId,
        VolunteerId = entry.VolunteerId,
        Kind = kind,
        State = MobilizationNotificationState.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkSent(DateTimeOffset now)
    {
        EnsurePending();
        State = MobilizationNotificationState.Sent;
        SentAt = now;
        Attempts++;
        ReleaseLease();
    }

    public void MarkUndeliverable()
    {
        EnsurePending();
        State = MobilizationNotificationState.Undeliverable;
        ReleaseLease();
    }

    /// <summary>A failed attempt: retried after 30 s, 1 min, 2 min, … (at most an hour apart), up to <see cref="MaxAttempts"/>.</summary>
    public void RecordFailure(string error, DateTimeOffset now)
    {
        EnsurePending();
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        if (Attempts >= MaxAttempts)
        {
            State = MobilizationNotificationState.Failed;
        }
        else
        {
            var delay = FirstRetryDelay * Math.Pow(2, Attempts - 1);
            NextAttemptAt = now + (delay < LongestRetryDelay ? delay : LongestRetryDelay);
        }

        ReleaseLease();
    }

    private void ReleaseLease()
    {
        LeaseToken = null;
        LeaseUntil = null;
    }

    private void EnsurePending()
    {
        if (State != MobilizationNotificationState.Pending)
        {
            throw new DomainRuleViolationException("notification-not-pending", $"The notification is already {State}.");
        }
    }
}
