using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Calendar;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Certificates;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class HoursCertificateConfiguration : IEntityTypeConfiguration<HoursCertificate>
{
    public void Configure(EntityTypeBuilder<HoursCertificate> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(HoursCertificate.CodeLength);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Language).HasMaxLength(2);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.VolunteerId, c.IssuedAt });
        builder.Ignore(c => c.IsValid);
        builder.HasMany(c => c.Campaigns).WithOne().HasForeignKey(h => h.CertificateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Campaigns).HasField("_campaigns").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CertificateCampaignHoursConfiguration : IEntityTypeConfiguration<CertificateCampaignHours>
{
    public void Configure(EntityTypeBuilder<CertificateCampaignHours> builder)
    {
        builder.HasKey(h => new { h.CertificateId, h.CampaignId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(h => h.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.CampaignId);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.VolunteerId);
        builder.HasOne<Volunteer>().WithOne().HasForeignKey<CalendarFeed>(f => f.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
    }
}
