using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests.GetHelpRequest;

/// <summary>One help request; the beneficiary's contact data only for staff.</summary>
public sealed record GetHelpRequestQuery(Guid Id) : IQuery<HelpRequestDto>;

public sealed class GetHelpRequestQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetHelpRequestQuery, HelpRequestDto>
{
    public async ValueTask<HelpRequestDto> Handle(GetHelpRequestQuery query, CancellationToken cancellationToken)
    {
        var request = await db.HelpRequests.AsNoTracking().Where(r => r.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException(nameof(HelpRequest), query.Id);
        return request.ShownTo(user);
    }
}
