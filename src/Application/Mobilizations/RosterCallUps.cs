using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Mail;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations;

/// <summary>Filling a given-up active place from the reserve — shared by answers and by the deadline worker.</summary>
internal static class RosterCallUps
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Calls up the first reserve volunteer of the roster who is still available (in reserve order) into the place that
    /// <paramref name="declined"/> gave up, and queues their e-mail in the same unit of work. Null when the reserve is used up.
    /// </summary>
    public static async Task<RosterEntry?> FillFromReserveAsync(
        IApplicationDbContext db, RosterEntry declined, Mobilization mobilization, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = await db.RosterEntries
            .Where(e => e.RosterId == declined.RosterId && e.Slot == RosterSlot.Reserve && e.Status == RosterEntryStatus.Notified)
            .OrderBy(e => e.Position)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return null;
        }

        next.CallUp(declined.VolunteerId, mobilization.ResponseWindow, now);
        db.OutboxMails.Add(OutboxMail.Now(MailKind.MobilizationCalledUp, next.VolunteerId, next.RosterId, now));
        return next;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> (which loads, decides and saves) again on fresh data when another writer
    /// changed the same entries first — e.g. two declines racing for the same reserve volunteer.
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(IUnitOfWork unitOfWork, Func<Task<T>> attempt)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException) when (tries < MaxAttempts)
            {
                unitOfWork.ForgetChanges();
            }
        }
    }
}
