using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Applications.GetApplication;

/// <summary>One application with the applicant's personal data (staff only).</summary>
public sealed record GetApplicationQuery(Guid Id) : IQuery<ApplicationDto>;

public sealed class GetApplicationQueryHandler(IApplicationDbContext db) : IQueryHandler<GetApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken)
                          ?? throw new NotFoundException("Application", query.Id);
        return application.ToDto();
    }
}
