using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Accounts;

namespace Volunteers.Application.StaffAccounts.ListStaffAccounts;

/// <summary>Staff accounts, newest first.</summary>
public sealed record ListStaffAccountsQuery(int Page = 1, int PageSize = IPagedQuery.DefaultPageSize)
    : IQuery<PagedList<StaffAccountDto>>, IPagedQuery;

public sealed class ListStaffAccountsQueryValidator : PagedQueryValidator<ListStaffAccountsQuery>;

public sealed class ListStaffAccountsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<ListStaffAccountsQuery, PagedList<StaffAccountDto>>
{
    public async ValueTask<PagedList<StaffAccountDto>> Handle(ListStaffAccountsQuery query, CancellationToken cancellationToken)
    {
        var accounts = db.UserAccounts.AsNoTracking()
            .Where(a => a.Role != Role.Volunteer)
            .OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id)
            .ProjectToDto();
        return await PagedList<StaffAccountDto>.CreateAsync(accounts, query, cancellationToken);
    }
}
