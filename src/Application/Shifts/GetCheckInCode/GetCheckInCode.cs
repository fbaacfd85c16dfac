using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.GetCheckInCode;

/// <summary>
/// A shift's check-in code with its QR image (staff). The first request issues the code; every later one, on any
/// instance, sees the same code until staff rotate it.
/// </summary>
public sealed record GetCheckInCodeQuery(Guid ShiftId) : IQuery<CheckInCodeDto>;

public sealed class GetCheckInCodeQueryHandler(IApplicationDbContext db, ICurrentUser user, ICheckInCodes codes, IQrCodes qrCodes)
    : IQueryHandler<GetCheckInCodeQuery, CheckInCodeDto>
{
    public async ValueTask<CheckInCodeDto> Handle(GetCheckInCodeQuery query, CancellationToken cancellationToken)
    {
        var (shift, _) = await ShiftRoster.FindVisibleAsync(db, user, query.ShiftId, cancellationToken);
        return CheckInCodeDto.From(shift, await codes.CurrentAsync(shift.Id, cancellationToken), qrCodes);
    }
}
