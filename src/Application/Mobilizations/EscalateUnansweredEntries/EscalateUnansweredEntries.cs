using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Mobilizations;

namespace Volunteers.Application.Mobilizations.EscalateUnansweredEntries;

/// <summary>
/// One pass of the deadline worker: every active entry still unanswered past its deadline, on a roster of today or
/// later of a running mobilisation, is treated as declined and its place filled from the reserve. Safe with several
/// API instances: each entry is changed by a version-checked UPDATE, so only one instance escalates it (the others see
/// a conflict and move on). Answers the number of entries escalated.
/// </summary>
public sealed record EscalateUnansweredEntriesCommand(int BatchSize = 1000) : ICommand<int>;

public sealed class EscalateUnansweredEntriesCommandHandler(IApplicationDbContext db, IUnitOfWork unitOfWork, IHqCalendar calendar, TimeProvider clock)
    : ICommandHandler<EscalateUnansweredEntriesCommand, int>
{
    public async ValueTask<int> Handle(EscalateUnansweredEntriesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.Today;
        var running = db.Mobilizations.Where(m => m.EndedAt == null);
        var overdue = await db.RosterEntries.AsNoTracking()
            .Where(e => e.Slot == RosterSlot.Active
                        && new[] { RosterEntryStatus.Notified, RosterEntryStatus.CalledUp }.Contains(e.Status)
                        && e.RespondBy <= now
                        && e.Date >= today
                        && running.Any(m => m.Id == e.MobilizationId))
            .OrderBy(e => e.RespondBy)
            .Take(command.BatchSize)
            .Select(e => new { e.Id, e.MobilizationId })
            .ToListAsync(cancellationToken);

        var mobilizations = new Dictionary<Guid, Mobilization>();
        var escalated = 0;
        foreach (var item in overdue)
        {
            if (!mobilizations.TryGetValue(item.MobilizationId, out var mobilization))
            {
                mobilization = await db.Mobilizations.AsNoTracking().SingleAsync(m => m.Id == item.MobilizationId, cancellationToken);
                mobilizations[item.MobilizationId] = mobilization;
            }

            try
            {
                if (await EscalateAsync(item.Id, mobilization, now, cancellationToken))
                {
                    escalated++;
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Kept losing the race for this entry (another instance or answers): the next pass looks again.
                unitOfWork.ForgetChanges();
            }
        }

        return escalated;
    }

    private Task<bool> EscalateAsync(Guid entryId, Mobilization mobilization, DateTimeOffset now, CancellationToken cancellationToken) =>
        RosterCallUps.RetryOnConflictAsync(unitOfWork, async () =>
        {
            var entry = await db.RosterEntries.SingleAsync(e => e.Id == entryId, cancellationToken);
            if (!entry.IsAwaitingAnswer || entry.RespondBy > now)
            {
                return false; // answered, or escalated by someone else, meanwhile
            }

            entry.TimeOut(now);
            await RosterCallUps.FillFromReserveAsync(db, entry, mobilization, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            unitOfWork.ForgetChanges();
            return true;
        });
}
