using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Applications;

namespace Volunteers.Application.Applications.ListApplications;

/// <summary>Applications for review, oldest first (the order they are worked through), optionally of one status.</summary>
public sealed record ListApplicationsQuery(ApplicationStatus? Status, int Page = 1, int PageSize = IPagedQuery.DefaultPageSize)
    : IQuery<PagedList<ApplicationListItemDto>>, IPagedQuery;

public sealed class ListApplicationsQueryValidator : PagedQueryValidator<ListApplicationsQuery>;

public sealed class ListApplicationsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<ListApplicationsQuery, PagedList<ApplicationListItemDto>>
{
    public async ValueTask<PagedList<ApplicationListItemDto>> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking();
        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        var ordered = applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ProjectToListItem();
        return await PagedList<ApplicationListItemDto>.CreateAsync(ordered, query, cancellationToken);
    }
}
