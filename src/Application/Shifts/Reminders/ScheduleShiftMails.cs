using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Shifts.Reminders;

/// <summary>
/// A volunteer took a seat (signing up, or promoted from the waitlist): the seat gets its attendance link — a new
/// random token, stored only as a hash — and its mails are queued in the same transaction (see <see cref="ShiftMailPlan"/>).
/// </summary>
public sealed class ScheduleShiftMailsOnSeat(IApplicationDbContext db, ISecretGenerator secrets, IOptions<ReminderOptions> options, TimeProvider clock)
    : INotificationHandler<SignUpConfirmed>, INotificationHandler<WaitlistedVolunteerPromoted>
{
    public async ValueTask Handle(SignUpConfirmed notification, CancellationToken cancellationToken) =>
        await ScheduleAsync(await db.SignUps.SingleAsync(s => s.Id == notification.SignUpId, cancellationToken), promoted: false, cancellationToken);

    public async ValueTask Handle(WaitlistedVolunteerPromoted notification, CancellationToken cancellationToken) =>
        await ScheduleAsync(
            await db.SignUps.SingleAsync(
                s => s.ShiftId == notification.ShiftId && s.VolunteerId == notification.VolunteerId && s.Status == SignUpStatus.Confirmed, cancellationToken),
            promoted: true,
            cancellationToken);

    private async Task ScheduleAsync(SignUp signUp, bool promoted, CancellationToken cancellationToken)
    {
        var startsAt = await db.Shifts.AsNoTracking().Where(s => s.Id == signUp.ShiftId).Select(s => s.StartsAt).SingleAsync(cancellationToken);
        var token = secrets.NewSecret();
        signUp.GiveAttendanceToken(secrets.Hash(token));
        db.OutboxMails.AddRange(ShiftMailPlan.ForSeat(signUp, startsAt, options.Value.LeadMinutes, token, promoted, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A shift moved: the reminders of its seats not sent yet follow it, in the same transaction.</summary>
public sealed class RescheduleShiftReminders(IApplicationDbContext db, TimeProvider clock) : INotificationHandler<ShiftRescheduled>
{
    public async ValueTask Handle(ShiftRescheduled notification, CancellationToken cancellationToken)
    {
        // A reminder a sender holds right now is being sent at the old time; moving it would only race with its sender
        // (whose lease token guards the row) and turn the coordinator's move into a 409.
        var now = clock.GetUtcNow();
        var pending = await db.OutboxMails
            .Where(OutboxMail.PendingUnleasedAt(now))
            .Where(m => m.Kind == MailKind.ShiftReminder && db.SignUps.Any(s => s.Id == m.SubjectId && s.ShiftId == notification.ShiftId))
            .ToListAsync(cancellationToken);
        foreach (var seat in pending.GroupBy(m => m.SubjectId))
        {
            ShiftMailPlan.Reschedule([.. seat], notification.StartsAt, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
