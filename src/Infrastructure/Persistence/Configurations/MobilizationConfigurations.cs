using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Mobilizations;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class MobilizationConfiguration : IEntityTypeConfiguration<Mobilization>
{
    public void Configure(EntityTypeBuilder<Mobilization> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Reason).HasMaxLength(2000);
        builder.PrimitiveCollection(m => m.DirectionIds);
        builder.PrimitiveCollection(m => m.Districts);
        builder.HasIndex(m => new { m.StartsOn, m.EndsOn });
    }
}

internal sealed class RosterConfiguration : IEntityTypeConfiguration<Roster>
{
    public void Configure(EntityTypeBuilder<Roster> builder)
    {
        builder.HasOne<Mobilization>().WithMany().HasForeignKey(r => r.MobilizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MobilizationId, r.Date }).IsUnique();
        builder.HasIndex(r => r.Date);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.RosterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.Property(e => e.Slot).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mobilization>().WithMany().HasForeignKey(e => e.MobilizationId).OnDelete(DeleteBehavior.Restrict);

        // A volunteer is on at most one roster a day, across all mobilisations.
        builder.HasIndex(e => new { e.VolunteerId, e.Date }).IsUnique();
        // The fairness order's "last mobilised": newest active-place day per volunteer, read from the index alone.
        builder.HasIndex(e => new { e.VolunteerId, e.Slot, e.Date });
        // A roster's lists and the reserve in call-up order.
        builder.HasIndex(e => new { e.RosterId, e.Slot, e.Position });
        // An answer finds its entry by mobilisation, day and volunteer.
        builder.HasIndex(e => new { e.MobilizationId, e.Date });
        // The deadline worker: unanswered active entries by deadline.
        builder.HasIndex(e => new { e.Status, e.RespondBy });
        // People mobilised on a day (statistics).
        builder.HasIndex(e => new { e.Date, e.Status });
    }
}

internal sealed class MobilizationNotificationConfiguration : IEntityTypeConfiguration<MobilizationNotification>
{
    public void Configure(EntityTypeBuilder<MobilizationNotification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.LastError).HasMaxLength(500);
        // Marking a message sent succeeds only while this sender's lease still holds it.
        builder.Property(n => n.LeaseToken).IsConcurrencyToken();
        builder.HasIndex(n => new { n.State, n.NextAttemptAt });
        builder.HasIndex(n => n.LeaseToken);
        builder.HasIndex(n => n.RosterId);
        builder.HasOne<Roster>().WithMany().HasForeignKey(n => n.RosterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(n => n.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
