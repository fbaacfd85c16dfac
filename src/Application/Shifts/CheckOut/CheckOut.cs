using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.CheckOut;

/// <summary>
/// Staff record a volunteer's departure at <paramref name="At"/> (default now), after the check-in. The time between
/// becomes the volunteer's hours, and the school hears of the completed shift.
/// </summary>
public sealed record CheckOutCommand(Guid ShiftId, Guid VolunteerId, DateTimeOffset? At) : ICommand<SignUpDto>, IAttendanceCommand;

public sealed class CheckOutCommandValidator(TimeProvider clock) : AttendanceCommandValidator<CheckOutCommand>(clock);

public sealed class CheckOutCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CheckOutCommand, SignUpDto>
{
    public async ValueTask<SignUpDto> Handle(CheckOutCommand command, CancellationToken cancellationToken)
    {
        var (shift, campaign) = await ShiftRoster.FindVisibleAsync(db, user, command.ShiftId, cancellationToken);
        var signUp = await ShiftRoster.FindActiveSignUpAsync(db, shift.Id, command.VolunteerId, cancellationToken);
        campaign.EnsureAttendanceCanBeRecorded();
        var now = clock.GetUtcNow();
        signUp.CheckOut(command.At ?? now, now);
        await db.SaveChangesAsync(cancellationToken);
        return SignUpDto.From(signUp, position: null);
    }
}
