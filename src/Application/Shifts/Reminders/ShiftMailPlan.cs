using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Shifts.Reminders;

/// <summary>
/// Which mails a seat on a shift calls for. One reminder per lead at <c>startsAt − lead</c>; when the seat is taken
/// after some lead's time, one catch-up reminder at once instead (never more than one), unless the shift has started.
/// A volunteer promoted from the waitlist gets "you now have a place" at once, which is also their catch-up reminder.
/// </summary>
internal static class ShiftMailPlan
{
    public static List<OutboxMail> ForSeat(
        SignUp signUp, DateTimeOffset startsAt, IReadOnlyList<int> leadMinutes, string token, bool promoted, DateTimeOffset now)
    {
        var mails = new List<OutboxMail>();
        if (promoted)
        {
            mails.Add(OutboxMail.Now(MailKind.ShiftPlaceGiven, signUp.VolunteerId, signUp.Id, now, token));
        }

        if (startsAt <= now)
        {
            return mails;
        }

        int? passedLead = null;
        foreach (var lead in leadMinutes.Distinct().OrderByDescending(l => l))
        {
            var dueAt = startsAt.AddMinutes(-lead);
            if (dueAt > now)
            {
                mails.Add(OutboxMail.Scheduled(MailKind.ShiftReminder, signUp.VolunteerId, signUp.Id, dueAt, now, token, lead));
            }
            else
            {
                passedLead = lead; // the shortest lead already passed: the catch-up stands for it
            }
        }

        if (passedLead is { } catchUp && !promoted)
        {
            mails.Add(OutboxMail.Scheduled(MailKind.ShiftReminder, signUp.VolunteerId, signUp.Id, now, now, token, catchUp));
        }

        return mails;
    }

    /// <summary>
    /// The not-yet-sent reminders of one seat follow its shift to <paramref name="startsAt"/>: each to its lead's new
    /// time; those whose time has passed collapse into one that goes at once (none once the shift has begun).
    /// </summary>
    public static void Reschedule(IReadOnlyList<OutboxMail> pendingReminders, DateTimeOffset startsAt, DateTimeOffset now)
    {
        OutboxMail? catchUp = null;
        foreach (var reminder in pendingReminders.OrderByDescending(r => r.LeadMinutes))
        {
            var dueAt = startsAt.AddMinutes(-(reminder.LeadMinutes ?? 0));
            if (dueAt > now)
            {
                reminder.Reschedule(dueAt, now);
                continue;
            }

            if (catchUp is not null)
            {
                catchUp.Skip("Replaced by one catch-up reminder after the shift moved.");
            }

            catchUp = reminder;
        }

        if (catchUp is null)
        {
            return;
        }

        if (startsAt <= now)
        {
            catchUp.Skip("The shift moved to a time that has begun.");
        }
        else
        {
            catchUp.Reschedule(now, now);
        }
    }
}
