using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Exceptions;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.StaffAccounts.GetStaffAccount;

/// <summary>One staff account.</summary>
public sealed record GetStaffAccountQuery(Guid Id) : IQuery<StaffAccountDto>;

public sealed class GetStaffAccountQueryHandler(IApplicationDbContext db) : IQueryHandler<GetStaffAccountQuery, StaffAccountDto>
{
    public async ValueTask<StaffAccountDto> Handle(GetStaffAccountQuery query, CancellationToken cancellationToken) =>
        await db.UserAccounts.AsNoTracking().Where(a => a.Id == query.Id && a.Role != Role.Volunteer).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Staff account", query.Id);
}
