using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Shifts.GetShift;

/// <summary>One shift with its seats; visible to whoever may see its campaign.</summary>
public sealed record GetShiftQuery(Guid Id) : IQuery<ShiftDto>;

public sealed class GetShiftQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetShiftQuery, ShiftDto>
{
    public async ValueTask<ShiftDto> Handle(GetShiftQuery query, CancellationToken cancellationToken)
    {
        var (shift, _) = await ShiftRoster.FindVisibleAsync(db, user, query.Id, cancellationToken);
        return shift.ToDto();
    }
}
