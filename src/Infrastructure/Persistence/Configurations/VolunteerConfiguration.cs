using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Districts;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.Property(v => v.FirstName).HasMaxLength(100);
        builder.Property(v => v.LastName).HasMaxLength(100);
        builder.Property(v => v.MiddleName).HasMaxLength(100);
        builder.Property(v => v.Iin).HasMaxLength(12);
        builder.Property(v => v.Phone).HasMaxLength(16);
        builder.Property(v => v.Email).HasMaxLength(254);
        builder.Property(v => v.DistrictCode).HasMaxLength(40);
        builder.Property(v => v.MessageLanguage).HasMaxLength(2);
        // Volunteers who were there before reminders existed want them too; false is written as false (the sentinel is true).
        builder.Property(v => v.ShiftReminders).HasDefaultValue(true).HasSentinel(true);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.CurrentStage).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.StatusReason).HasMaxLength(500);
        builder.PrimitiveCollection(v => v.Languages);
        builder.Property(v => v.NameKey).HasMaxLength(310);
        builder.Property(v => v.ConsentSource).HasConversion<string>().HasMaxLength(20);

        // One volunteer per IIN and per e-mail; anonymised records have neither.
        builder.HasIndex(v => v.Iin).IsUnique().HasFilter("[Iin] IS NOT NULL");
        builder.HasIndex(v => v.Email).IsUnique().HasFilter("[Email] IS NOT NULL");
        builder.HasIndex(v => v.Phone);
        builder.HasIndex(v => new { v.Status, v.LastName });
        builder.HasIndex(v => new { v.DistrictCode, v.Status });
        builder.HasIndex(v => v.LastName);
        builder.HasIndex(v => v.SchoolPassedOn); // the yearly school-plan figures (became active in a year)
        builder.HasIndex(v => new { v.FirstName, v.LastName });
        builder.HasIndex(v => v.CreatedAt);
        // A roster's first tier (RosterSelection): the eligible, in id order, read from the index alone and only as far as needed.
        builder.HasIndex(v => new { v.Status, v.AnonymizedAt, v.Id });
        builder.HasOne<District>().WithMany().HasForeignKey(v => v.DistrictCode).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(v => v.Directions).WithOne().HasForeignKey(d => d.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Directions).HasField("_directions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class VolunteerDirectionConfiguration : IEntityTypeConfiguration<VolunteerDirection>
{
    public void Configure(EntityTypeBuilder<VolunteerDirection> builder)
    {
        builder.HasKey(d => new { d.VolunteerId, d.DirectionId });
        builder.HasIndex(d => d.DirectionId);
        builder.HasOne<Direction>().WithMany().HasForeignKey(d => d.DirectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
