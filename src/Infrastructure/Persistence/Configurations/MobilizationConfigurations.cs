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
    }
}

internal sealed class RosterConfiguration : IEntityTypeConfiguration<Roster>
{
    public void Configure(EntityTypeBuilder<Roster> builder)
    {
        builder.HasOne<Mobilization>().WithMany().HasForeignKey(r => r.MobilizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MobilizationId, r.Date }).IsUnique();
        builder.HasIndex(r => r.Date);
        // The drawn entries are written in bulk (RosterWriter) and read as rows of their own, never as a navigation.
        builder.Ignore(r => r.Entries);
    }
}

internal sealed class RosterEntryConfiguration : IEntityTypeConfiguration<RosterEntry>
{
    public void Configure(EntityTypeBuilder<RosterEntry> builder)
    {
        builder.Property(e => e.Slot).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Roster>().WithMany().HasForeignKey(e => e.RosterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // Thousands of entries are written at once, so only the indexes that reads need (MobilizationId is a copy of
        // the roster's, kept for answers and the worker, without a foreign key of its own).
        // A volunteer is on at most one roster a day, across all mobilisations; answers find their entry here too.
        builder.HasIndex(e => new { e.VolunteerId, e.Date }).IsUnique();
        // The fairness order's "last mobilised": newest active-place day per volunteer, read from the index alone.
        builder.HasIndex(e => new { e.VolunteerId, e.Slot, e.Date });
        // A roster's lists, the reserve in call-up order, and the people on a day's rosters (statistics).
        builder.HasIndex(e => new { e.RosterId, e.Slot, e.Position });
        // The deadline worker: active entries still awaiting an answer, by deadline.
        builder.HasIndex(e => e.RespondBy).HasFilter("[Slot] = 'Active' AND [Status] IN ('Notified', 'CalledUp')");
    }
}
