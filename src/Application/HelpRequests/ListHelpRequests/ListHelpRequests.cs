using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Application.HelpRequests.ListHelpRequests;

/// <summary>Help requests, newest first, filtered by status, kind and the beneficiary's district; contact data only for staff.</summary>
public sealed record ListHelpRequestsQuery(
    HelpRequestStatus? Status = null,
    HelpKind? Kind = null,
    string? District = null,
    int Page = 1,
    int PageSize = IPagedQuery.DefaultPageSize) : IQuery<PagedList<HelpRequestDto>>, IPagedQuery;

public sealed class ListHelpRequestsQueryValidator : PagedQueryValidator<ListHelpRequestsQuery>;

public sealed class ListHelpRequestsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListHelpRequestsQuery, PagedList<HelpRequestDto>>
{
    public async ValueTask<PagedList<HelpRequestDto>> Handle(ListHelpRequestsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.HelpRequests.AsNoTracking();
        if (query.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        if (query.Kind is { } kind)
        {
            requests = requests.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            requests = requests.Where(r => r.Beneficiary.DistrictCode == query.District);
        }

        var ordered = requests.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ProjectToDto();
        var page = await PagedList<HelpRequestDto>.CreateAsync(ordered, query, cancellationToken);
        return page with { Items = [.. page.Items.Select(r => r.ShownTo(user))] };
    }
}
