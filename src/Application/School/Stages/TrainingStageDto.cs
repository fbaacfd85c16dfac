using Riok.Mapperly.Abstractions;
using Volunteers.Application.Common.Models;
using Volunteers.Domain.Common;
using Volunteers.Domain.School;

namespace Volunteers.Application.School.Stages;

/// <summary>A stage of the volunteer school and how it is passed.</summary>
public sealed record TrainingStageDto(
    int Id, int Order, StageKind Kind, LocalizedTextDto Name, LocalizedTextDto Description,
    int RequiredLessons, int PassThresholdPercent, int RequiredShifts);

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class TrainingStageMappings
{
    public static partial TrainingStageDto ToDto(this TrainingStage stage);

    public static partial IQueryable<TrainingStageDto> ProjectToDto(this IQueryable<TrainingStage> stages);

    // Inlined into the IQueryable projections as a constructor call, so that the database returns only the three columns.
    private static LocalizedTextDto ToDto(LocalizedText text) => new(text.Kk, text.Ru, text.En);
}
