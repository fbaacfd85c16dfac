using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.RotateCheckInCode;

/// <summary>Replaces a shift's check-in code (staff), e.g. when it was shared beyond the place: the old code stops working at once.</summary>
public sealed record RotateCheckInCodeCommand(Guid ShiftId) : ICommand<CheckInCodeDto>;

public sealed class RotateCheckInCodeCommandHandler(IApplicationDbContext db, ICurrentUser user, ICheckInCodes codes, IQrCodes qrCodes)
    : ICommandHandler<RotateCheckInCodeCommand, CheckInCodeDto>
{
    public async ValueTask<CheckInCodeDto> Handle(RotateCheckInCodeCommand command, CancellationToken cancellationToken)
    {
        var (shift, _) = await ShiftRoster.FindVisibleAsync(db, user, command.ShiftId, cancellationToken);
        return CheckInCodeDto.From(shift, await codes.RotateAsync(shift.Id, cancellationToken), qrCodes);
    }
}
