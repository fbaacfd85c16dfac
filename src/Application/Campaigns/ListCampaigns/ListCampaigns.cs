using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Localization;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Campaigns;

namespace Volunteers.Application.Campaigns.ListCampaigns;

/// <summary>
/// Campaigns, latest start first. <paramref name="From"/>/<paramref name="To"/> keep those whose dates overlap the
/// range. Anyone but staff sees only published, running and completed campaigns, whatever the filters say.
/// </summary>
public sealed record ListCampaignsQuery(
    CampaignStatus? Status = null,
    int? DirectionId = null,
    CampaignKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? District = null,
    int Page = 1,
    int PageSize = IPagedQuery.DefaultPageSize) : IQuery<PagedList<CampaignDto>>, IPagedQuery;

public sealed class ListCampaignsQueryValidator : PagedQueryValidator<ListCampaignsQuery>
{
    public ListCampaignsQueryValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage(_ => ValidationMessages.Get(MessageKeys.DateNotBeforeStart));
    }
}

public sealed class ListCampaignsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<ListCampaignsQuery, PagedList<CampaignDto>>
{
    public async ValueTask<PagedList<CampaignDto>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking().VisibleTo(user);
        if (query.Status is { } status)
        {
            campaigns = campaigns.Where(c => c.Status == status);
        }

        if (query.DirectionId is { } directionId)
        {
            campaigns = campaigns.Where(c => c.DirectionId == directionId);
        }

        if (query.Kind is { } kind)
        {
            campaigns = campaigns.Where(c => c.Kind == kind);
        }

        if (query.From is { } from)
        {
            campaigns = campaigns.Where(c => c.EndsOn >= from);
        }

        if (query.To is { } to)
        {
            campaigns = campaigns.Where(c => c.StartsOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            campaigns = campaigns.Where(c => c.DistrictCode == query.District);
        }

        var ordered = campaigns.OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id).ProjectToDto();
        return await PagedList<CampaignDto>.CreateAsync(ordered, query, cancellationToken);
    }
}
