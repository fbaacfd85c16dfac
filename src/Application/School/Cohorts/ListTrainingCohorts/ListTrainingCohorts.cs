using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Cohorts.ListTrainingCohorts;

/// <summary>Cohorts, the latest start first, filtered by stage, direction, status and trainer.</summary>
public sealed record ListTrainingCohortsQuery(
    int? StageId = null, int? DirectionId = null, CohortStatus? Status = null, Guid? TrainerId = null,
    int Page = 1, int PageSize = IPagedQuery.DefaultPageSize)
    : IQuery<PagedList<TrainingCohortListItemDto>>, IPagedQuery;

public sealed class ListTrainingCohortsQueryValidator : PagedQueryValidator<ListTrainingCohortsQuery>;

public sealed class ListTrainingCohortsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<ListTrainingCohortsQuery, PagedList<TrainingCohortListItemDto>>
{
    public async ValueTask<PagedList<TrainingCohortListItemDto>> Handle(ListTrainingCohortsQuery query, CancellationToken cancellationToken)
    {
        var cohorts = db.TrainingCohorts.AsNoTracking();
        if (query.StageId is { } stageId)
        {
            cohorts = cohorts.Where(c => c.StageId == stageId);
        }

        if (query.DirectionId is { } directionId)
        {
            cohorts = cohorts.Where(c => c.DirectionId == directionId);
        }

        if (query.Status is { } status)
        {
            cohorts = cohorts.Where(c => c.Status == status);
        }

        if (query.TrainerId is { } trainerId)
        {
            cohorts = cohorts.Where(c => c.TrainerId == trainerId);
        }

        var ordered = cohorts.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).ProjectToListItem();
        return await PagedList<TrainingCohortListItemDto>.CreateAsync(ordered, query, cancellationToken);
    }
}
