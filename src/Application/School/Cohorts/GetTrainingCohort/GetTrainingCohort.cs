using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.School.Cohorts.GetTrainingCohort;

/// <summary>One cohort with its members and lessons (its trainer, coordinators and admins).</summary>
public sealed record GetTrainingCohortQuery(Guid Id) : IQuery<TrainingCohortDto>;

public sealed class GetTrainingCohortQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetTrainingCohortQuery, TrainingCohortDto>
{
    public async ValueTask<TrainingCohortDto> Handle(GetTrainingCohortQuery query, CancellationToken cancellationToken)
    {
        var cohort = await db.ReadCohortAsync(query.Id, cancellationToken);
        user.EnsureCanRead(cohort);
        return cohort;
    }
}
