using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Time;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Application.School.Progress.CountPracticeShift;

/// <summary>
/// The practice stage (stage 3), driven by check-outs: each shift a trainee in the practice stage is checked out of
/// counts once; reaching the stage's required shifts passes the practice and makes the trainee an active volunteer
/// on the HQ date of that check-out. Shifts of anyone else are not the school's business.
/// </summary>
public sealed class CountPracticeShiftOnCheckOut(IApplicationDbContext db, IHqCalendar calendar, TimeProvider clock)
    : INotificationHandler<VolunteerCheckedOut>
{
    public async ValueTask Handle(VolunteerCheckedOut notification, CancellationToken cancellationToken)
    {
        var trainee = await db.Volunteers.SingleOrDefaultAsync(v => v.Id == notification.VolunteerId, cancellationToken);
        if (trainee is not { Status: VolunteerStatus.Trainee, CurrentStage: StageKind.Practice })
        {
            return;
        }

        var practice = await db.TrainingStages.SingleAsync(s => s.Kind == StageKind.Practice, cancellationToken);
        var checkedOutOn = calendar.DateOf(notification.CheckedOutAt);
        var record = await db.PracticeRecords.Include(p => p.Shifts).SingleOrDefaultAsync(p => p.VolunteerId == trainee.Id, cancellationToken);
        if (record is null)
        {
            record = PracticeRecord.Start(trainee.Id, checkedOutOn);
            db.PracticeRecords.Add(record);
        }

        var result = record.CountShift(notification.ShiftId, trainee, practice, checkedOutOn, clock.GetUtcNow());
        if (result is not null)
        {
            db.StageResults.Add(result);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
