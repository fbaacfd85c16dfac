using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.CheckIn;

/// <summary>Staff record a confirmed volunteer's arrival at <paramref name="At"/> (default now; often recorded afterwards).</summary>
public sealed record CheckInCommand(Guid ShiftId, Guid VolunteerId, DateTimeOffset? At) : ICommand<SignUpDto>, IAttendanceCommand;

public sealed class CheckInCommandValidator(TimeProvider clock) : AttendanceCommandValidator<CheckInCommand>(clock);

public sealed class CheckInCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CheckInCommand, SignUpDto>
{
    public async ValueTask<SignUpDto> Handle(CheckInCommand command, CancellationToken cancellationToken)
    {
        var (shift, campaign) = await ShiftRoster.FindVisibleAsync(db, user, command.ShiftId, cancellationToken);
        var signUp = await ShiftRoster.FindActiveSignUpAsync(db, shift.Id, command.VolunteerId, cancellationToken);
        campaign.EnsureAttendanceCanBeRecorded();
        var now = clock.GetUtcNow();
        signUp.CheckIn(command.At ?? now, now);
        await db.SaveChangesAsync(cancellationToken);
        return SignUpDto.From(signUp, position: null);
    }
}
