using System.Linq.Expressions;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.Mail;

/// <summary>What a mail tells its volunteer; each kind has one template that composes it when it is sent.</summary>
public enum MailKind
{
    /// <summary>Set a password with this invitation (the subject is the invitation).</summary>
    VolunteerInvitation,

    /// <summary>You hold an active place on the day's roster; answer by the deadline (the subject is the roster).</summary>
    MobilizationActivePlace,

    /// <summary>You stand in reserve for the day (the subject is the roster).</summary>
    MobilizationReservePlace,

    /// <summary>You were called up from the reserve to an active place (the subject is the roster).</summary>
    MobilizationCalledUp,

    /// <summary>Your shift is coming; answer "coming" or "not coming" (the subject is the sign-up).</summary>
    ShiftReminder,

    /// <summary>A seat was freed and it is now yours; also the catch-up reminder (the subject is the sign-up).</summary>
    ShiftPlaceGiven,
}

public enum MailState
{
    Pending,
    Sent,

    /// <summary>No longer wanted when it fell due: the volunteer opted out, the sign-up was cancelled, the shift began.</summary>
    Skipped,

    /// <summary>The volunteer has no e-mail address (e.g. their data was erased); nothing to send.</summary>
    Undeliverable,

    /// <summary>Every attempt failed; kept for staff to see.</summary>
    Failed,
}

/// <summary>
/// One e-mail owed to one volunteer — every mail the HQ sends is one of these rows: written in the same transaction
/// as the change that calls for it (an outbox), or ahead with a due time (a reminder), and sent in the background by
/// whichever instance leases it first, retried with backoff. The text is composed only when it is sent, in the
/// volunteer's message language then, from the row's <see cref="Kind"/> and <see cref="SubjectId"/>.
/// </summary>
public sealed class OutboxMail
{
    public const int MaxAttempts = 8;
    public const int SecretMaxLength = 100;
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(1);

    private OutboxMail()
    {
    }

    public Guid Id { get; private set; }
    public MailKind Kind { get; private set; }
    public Guid VolunteerId { get; private set; }

    /// <summary>What the mail is about (an invitation, a roster, a sign-up; see <see cref="MailKind"/>).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The lead time a shift reminder stands for (minutes before the start); null for other kinds.</summary>
    public int? LeadMinutes { get; private set; }

    /// <summary>
    /// A token the mail must carry (an invitation, an attendance link), whose stored form elsewhere is only a hash. It
    /// stays here only until the mail leaves: sending, skipping or giving up erases it.
    /// </summary>
    public string? Secret { get; private set; }

    public MailState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }

    /// <summary>When the mail is due: its planned time, then the time of the next retry.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>The sender that has claimed the mail and until when; another instance takes over after that.</summary>
    public Guid? LeaseToken { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The mails a sender may claim at <paramref name="now"/>: pending, due, and not leased to another sender.</summary>
    public static Expression<Func<OutboxMail, bool>> DueAt(DateTimeOffset now) =>
        m => m.State == MailState.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil <= now);

    /// <summary>Pending mails no sender holds at <paramref name="now"/>: those may still be changed (a held one is being sent).</summary>
    public static Expression<Func<OutboxMail, bool>> PendingUnleasedAt(DateTimeOffset now) =>
        m => m.State == MailState.Pending && (m.LeaseUntil == null || m.LeaseUntil <= now);

    /// <summary>A mail to send as soon as a sender gets to it.</summary>
    public static OutboxMail Now(MailKind kind, Guid volunteerId, Guid subjectId, DateTimeOffset now, string? secret = null) =>
        Scheduled(kind, volunteerId, subjectId, now, now, secret);

    /// <summary>A mail to send at <paramref name="dueAt"/> (a reminder ahead of a shift).</summary>
    public static OutboxMail Scheduled(
        MailKind kind, Guid volunteerId, Guid subjectId, DateTimeOffset dueAt, DateTimeOffset now, string? secret = null, int? leadMinutes = null)
    {
        if (secret is { Length: > SecretMaxLength })
        {
            throw new ArgumentException($"A mail's secret is at most {SecretMaxLength} characters.", nameof(secret));
        }

        return new OutboxMail
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            VolunteerId = volunteerId,
            SubjectId = subjectId,
            LeadMinutes = leadMinutes,
            Secret = secret,
            State = MailState.Pending,
            CreatedAt = now,
            NextAttemptAt = dueAt < now ? now : dueAt,
        };
    }

    /// <summary>
    /// Whether the mail goes out whatever the volunteer chose about non-emergency messages: emergency call-ups do, and
    /// so does an invitation, which staff send because the person needs it to sign in.
    /// </summary>
    public bool IgnoresOptOut => Kind is MailKind.VolunteerInvitation
        or MailKind.MobilizationActivePlace or MailKind.MobilizationReservePlace or MailKind.MobilizationCalledUp;

    /// <summary>A pending mail moves to a new due time (its shift moved); never earlier than now.</summary>
    public void Reschedule(DateTimeOffset dueAt, DateTimeOffset now)
    {
        EnsurePending();
        NextAttemptAt = dueAt < now ? now : dueAt;
    }

    public void MarkSent(DateTimeOffset now)
    {
        EnsurePending();
        State = MailState.Sent;
        SentAt = now;
        Attempts++;
        Finish();
    }

    /// <summary>Not wanted any more (see <see cref="MailState.Skipped"/>); <paramref name="reason"/> is kept for staff.</summary>
    public void Skip(string reason)
    {
        EnsurePending();
        State = MailState.Skipped;
        LastError = Truncate(reason);
        Finish();
    }

    public void MarkUndeliverable()
    {
        EnsurePending();
        State = MailState.Undeliverable;
        Finish();
    }

    /// <summary>A failed attempt: retried after 30 s, 1 min, 2 min, … (at most an hour apart), up to <see cref="MaxAttempts"/>.</summary>
    public void RecordFailure(string error, DateTimeOffset now)
    {
        EnsurePending();
        Attempts++;
        LastError = Truncate(error);
        if (Attempts >= MaxAttempts)
        {
            State = MailState.Failed;
            Finish();
            return;
        }

        var delay = FirstRetryDelay * Math.Pow(2, Attempts - 1);
        NextAttemptAt = now + (delay < LongestRetryDelay ? delay : LongestRetryDelay);
        ReleaseLease();
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;

    private void Finish()
    {
        Secret = null;
        ReleaseLease();
    }

    private void ReleaseLease()
    {
        LeaseToken = null;
        LeaseUntil = null;
    }

    private void EnsurePending()
    {
        if (State != MailState.Pending)
        {
            throw new DomainRuleViolationException("mail-not-pending", $"The mail is already {State}.");
        }
    }
}
