using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;

namespace Volunteers.Application.Districts.ListDistricts;

public sealed record ListDistrictsQuery : IQuery<IReadOnlyList<DistrictDto>>;

/// <summary>A district of the capital; <see cref="Code"/> is what payloads carry in <c>district</c>.</summary>
public sealed record DistrictDto(string Code, LocalizedTextDto Name, LocalizedTextDto Description);

public sealed class ListDistrictsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListDistrictsQuery, IReadOnlyList<DistrictDto>>
{
    public async ValueTask<IReadOnlyList<DistrictDto>> Handle(ListDistrictsQuery query, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return [.. districts.Select(d => new DistrictDto(d.Code, LocalizedTextDto.From(d.Name), LocalizedTextDto.From(d.Description)))];
    }
}
