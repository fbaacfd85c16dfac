using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.SelfCheckIn;

/// <summary>A confirmed volunteer checks themself in at the place with the shift's check-in code, at the server's now.</summary>
public sealed record SelfCheckInCommand(Guid ShiftId, Guid VolunteerId, string? Code) : ICommand<SignUpDto>, ISelfAttendanceCommand;

public sealed class SelfCheckInCommandValidator : SelfAttendanceCommandValidator<SelfCheckInCommand>;

public sealed class SelfCheckInCommandHandler(IApplicationDbContext db, ICurrentUser user, ICheckInCodes codes, TimeProvider clock)
    : ICommandHandler<SelfCheckInCommand, SignUpDto>
{
    public async ValueTask<SignUpDto> Handle(SelfCheckInCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var signUp = await SelfAttendance.FindWithRightCodeAsync(db, user, codes, command, now, cancellationToken);
        signUp.SelfCheckIn(now);
        await db.SaveChangesAsync(cancellationToken);
        return SignUpDto.From(signUp, position: null);
    }
}
