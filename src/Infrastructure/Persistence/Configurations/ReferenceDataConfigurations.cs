using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Districts;
using Volunteers.Domain.School;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class DirectionConfiguration : IEntityTypeConfiguration<Direction>
{
    public void Configure(EntityTypeBuilder<Direction> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.ComplexProperty(d => d.Name, n => n.IsLocalizedText(100));
        builder.ComplexProperty(d => d.Description, n => n.IsLocalizedText(1000));
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.ComplexProperty(d => d.Name, n => n.IsLocalizedText(100));
        builder.ComplexProperty(d => d.Description, n => n.IsLocalizedText(1000));
    }
}

internal sealed class TrainingStageConfiguration : IEntityTypeConfiguration<TrainingStage>
{
    public void Configure(EntityTypeBuilder<TrainingStage> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.Order).IsUnique();
        builder.ComplexProperty(s => s.Name, n => n.IsLocalizedText(100));
        builder.ComplexProperty(s => s.Description, n => n.IsLocalizedText(2000));
    }
}
