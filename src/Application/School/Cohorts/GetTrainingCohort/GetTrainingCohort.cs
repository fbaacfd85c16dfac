using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.School.Cohorts.GetTrainingCohort;

/// <summary>One cohort with its members and lessons.</summary>
public sealed record GetTrainingCohortQuery(Guid Id) : IQuery<TrainingCohortDto>;

public sealed class GetTrainingCohortQueryHandler(IApplicationDbContext db) : IQueryHandler<GetTrainingCohortQuery, TrainingCohortDto>
{
    public async ValueTask<TrainingCohortDto> Handle(GetTrainingCohortQuery query, CancellationToken cancellationToken) =>
        await db.ReadCohortAsync(query.Id, cancellationToken);
}
