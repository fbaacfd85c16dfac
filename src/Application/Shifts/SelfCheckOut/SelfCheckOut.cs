using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.SelfCheckOut;

/// <summary>
/// A checked-in volunteer checks themself out with the shift's check-in code, at the server's now: the time since the
/// check-in becomes their hours, as when staff record it.
/// </summary>
public sealed record SelfCheckOutCommand(Guid ShiftId, Guid VolunteerId, string? Code) : ICommand<SignUpDto>, ISelfAttendanceCommand;

public sealed class SelfCheckOutCommandValidator : SelfAttendanceCommandValidator<SelfCheckOutCommand>;

public sealed class SelfCheckOutCommandHandler(IApplicationDbContext db, ICurrentUser user, ICheckInCodes codes, TimeProvider clock)
    : ICommandHandler<SelfCheckOutCommand, SignUpDto>
{
    public async ValueTask<SignUpDto> Handle(SelfCheckOutCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var signUp = await SelfAttendance.FindWithRightCodeAsync(db, user, codes, command, now, cancellationToken);
        signUp.SelfCheckOut(now);
        await db.SaveChangesAsync(cancellationToken);
        return SignUpDto.From(signUp, position: null);
    }
}
