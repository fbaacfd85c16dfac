using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Progress.StartPractice;

/// <summary>
/// The practice stage (stage 3) starts the day a trainee passes the specialisation: their practice record, which the
/// check-outs then count in. Runs inside the cohort completion's save, so both are kept or neither is.
/// </summary>
public sealed class StartPracticeOnEnteringPractice(IApplicationDbContext db) : INotificationHandler<TraineeEnteredPractice>
{
    public async ValueTask Handle(TraineeEnteredPractice notification, CancellationToken cancellationToken)
    {
        if (await db.PracticeRecords.AnyAsync(p => p.VolunteerId == notification.VolunteerId, cancellationToken))
        {
            return;
        }

        db.PracticeRecords.Add(PracticeRecord.Start(notification.VolunteerId, notification.On));
        await db.SaveChangesAsync(cancellationToken);
    }
}
