using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;

namespace Volunteers.Application.Partners.ListPartners;

/// <summary>Partner systems, newest first, revoked ones included.</summary>
public sealed record ListPartnersQuery(int Page = 1, int PageSize = IPagedQuery.DefaultPageSize) : IQuery<PagedList<PartnerDto>>, IPagedQuery;

public sealed class ListPartnersQueryValidator : PagedQueryValidator<ListPartnersQuery>;

public sealed class ListPartnersQueryHandler(IApplicationDbContext db) : IQueryHandler<ListPartnersQuery, PagedList<PartnerDto>>
{
    public async ValueTask<PagedList<PartnerDto>> Handle(ListPartnersQuery query, CancellationToken cancellationToken)
    {
        var partners = db.Partners.AsNoTracking()
            .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .ProjectToDto();
        return await PagedList<PartnerDto>.CreateAsync(partners, query, cancellationToken);
    }
}
