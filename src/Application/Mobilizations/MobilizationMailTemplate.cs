using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Application.Mail;
using Volunteers.Domain.Mail;

namespace Volunteers.Application.Mobilizations;

/// <summary>
/// The mobilisation mails — an active place, a reserve place, a call-up — about the volunteer's entry on a roster (the
/// mail's subject). Emergency messages: they go out whatever the volunteer chose about other messages.
/// </summary>
public sealed class MobilizationMailTemplate(IApplicationDbContext db, IHqCalendar calendar) : IMailTemplate
{
    public bool Composes(MailKind kind) =>
        kind is MailKind.MobilizationActivePlace or MailKind.MobilizationReservePlace or MailKind.MobilizationCalledUp;

    public async Task<IReadOnlyDictionary<Guid, MailDecision>> ComposeAsync(IReadOnlyList<DueMail> mails, CancellationToken cancellationToken)
    {
        var rosterIds = mails.Select(m => m.Mail.SubjectId).Distinct().ToList();
        var volunteerIds = mails.Select(m => m.Mail.VolunteerId).Distinct().ToList();
        var entries = await (
                from e in db.RosterEntries.AsNoTracking()
                join m in db.Mobilizations.AsNoTracking() on e.MobilizationId equals m.Id
                where rosterIds.Contains(e.RosterId) && volunteerIds.Contains(e.VolunteerId)
                select new { e.RosterId, e.VolunteerId, m.Title, m.Reason, e.Date, e.RespondBy })
            .ToListAsync(cancellationToken);
        var byEntry = entries.ToDictionary(e => (e.RosterId, e.VolunteerId));

        return mails.ToDictionary(d => d.Mail.Id, d =>
        {
            if (!byEntry.TryGetValue((d.Mail.SubjectId, d.Mail.VolunteerId), out var entry))
            {
                return MailDecision.Skip("The roster entry no longer exists.");
            }

            var respondBy = entry.RespondBy is { } due ? TimeZoneInfo.ConvertTime(due, calendar.TimeZone) : (DateTimeOffset?)null;
            return MailDecision.Send(MobilizationMessages.Compose(
                d.Mail.Kind, d.To.Email!, d.To.Language, d.To.FirstName, entry.Title, entry.Reason, entry.Date, respondBy));
        });
    }
}
