using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Applications;
using Volunteers.Domain.Districts;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class VolunteerApplicationConfiguration : IEntityTypeConfiguration<VolunteerApplication>
{
    /// <summary>An application that still counts for the duplicate rule: pending or approved.</summary>
    private const string OpenFilter = "[Status] IN ('Submitted', 'Approved')";

    public void Configure(EntityTypeBuilder<VolunteerApplication> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.FirstName).HasMaxLength(100);
        builder.Property(a => a.LastName).HasMaxLength(100);
        builder.Property(a => a.MiddleName).HasMaxLength(100);
        builder.Property(a => a.Iin).HasMaxLength(12);
        builder.Property(a => a.Phone).HasMaxLength(16);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.DistrictCode).HasMaxLength(40);
        builder.Property(a => a.Motivation).HasMaxLength(2000);
        builder.Property(a => a.GuardianFullName).HasMaxLength(200);
        builder.Property(a => a.GuardianPhone).HasMaxLength(16);
        builder.Property(a => a.ConsentTextVersion).HasMaxLength(40);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RejectionReason).HasMaxLength(1000);
        builder.PrimitiveCollection(a => a.Languages);
        builder.PrimitiveCollection(a => a.DirectionIds);

        // The review list filters by status in submission order; one open application per IIN and per e-mail, also
        // when two arrive at the same moment (the application's own check cannot see a concurrent insert).
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });
        builder.HasIndex(a => a.SubmittedAt);
        builder.HasIndex(a => a.Iin).IsUnique().HasFilter($"[Iin] IS NOT NULL AND {OpenFilter}").HasDatabaseName("IX_Applications_Iin_Open");
        builder.HasIndex(a => a.Email).IsUnique().HasFilter($"[Email] IS NOT NULL AND {OpenFilter}").HasDatabaseName("IX_Applications_Email_Open");
        builder.HasIndex(a => a.VolunteerId);
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictCode).OnDelete(DeleteBehavior.Restrict);
    }
}
