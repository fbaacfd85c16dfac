using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.School.Stages.ListTrainingStages;

public sealed record ListTrainingStagesQuery : IQuery<IReadOnlyList<TrainingStageDto>>;

public sealed class ListTrainingStagesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListTrainingStagesQuery, IReadOnlyList<TrainingStageDto>>
{
    public async ValueTask<IReadOnlyList<TrainingStageDto>> Handle(ListTrainingStagesQuery query, CancellationToken cancellationToken) =>
        await db.TrainingStages.AsNoTracking().OrderBy(s => s.Order).ProjectToDto().ToListAsync(cancellationToken);
}
