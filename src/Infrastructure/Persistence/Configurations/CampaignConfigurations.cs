using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Districts;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.ComplexProperty(c => c.Title, t => t.IsLocalizedText(Campaign.TitleMaxLength));
        builder.ComplexProperty(c => c.Description, t => t.IsLocalizedText(Campaign.DescriptionMaxLength));
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DistrictCode).HasMaxLength(40);
        builder.Property(c => c.Location).HasMaxLength(Campaign.LocationMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasOne<Direction>().WithMany().HasForeignKey(c => c.DirectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(c => c.DistrictCode).OnDelete(DeleteBehavior.Restrict);

        // The list filters: status (with the date order of the list), direction, kind, district, date range.
        builder.HasIndex(c => new { c.Status, c.StartsOn });
        builder.HasIndex(c => new { c.DirectionId, c.StartsOn });
        builder.HasIndex(c => new { c.Kind, c.StartsOn });
        builder.HasIndex(c => new { c.DistrictCode, c.StartsOn });
        builder.HasIndex(c => new { c.StartsOn, c.EndsOn });
        builder.HasIndex(c => c.EndsOn);
    }
}

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Location).HasMaxLength(Shift.LocationMaxLength);
        builder.Property(s => s.ScheduleRevision).IsConcurrencyToken(); // two moves at once: one wins, the other is a 409
        builder.Property(s => s.CheckInCode).HasMaxLength(CheckInCode.Length);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CampaignId, s.StartsAt });
        builder.HasIndex(s => s.StartsAt); // open shifts for a volunteer: upcoming shifts of every campaign in a date range

        // The last line of defence: whatever the code does, the database never stores an overbooked shift.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Shifts_Capacity", "[Capacity] >= 1");
            t.HasCheckConstraint("CK_Shifts_ConfirmedWithinCapacity", "[ConfirmedCount] >= 0 AND [ConfirmedCount] <= [Capacity]");
            t.HasCheckConstraint("CK_Shifts_WaitlistedCount", "[WaitlistedCount] >= 0");
            t.HasCheckConstraint("CK_Shifts_EndsAfterStart", "[EndsAt] > [StartsAt]");
        });
    }
}

internal sealed class SignUpConfiguration : IEntityTypeConfiguration<SignUp>
{
    public void Configure(EntityTypeBuilder<SignUp> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.AttendanceTokenHash).HasMaxLength(64);
        builder.Property(s => s.Answer).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Shift>().WithMany().HasForeignKey(s => s.ShiftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // One live sign-up per volunteer and shift, also when two requests race past the application's own check.
        builder.HasIndex(s => new { s.ShiftId, s.VolunteerId }).IsUnique().HasFilter("[Status] <> 'Cancelled'");
        // The waitlist in FIFO order, and the roster of a campaign.
        builder.HasIndex(s => new { s.ShiftId, s.Status, s.Ticket });
        builder.HasIndex(s => new { s.CampaignId, s.ShiftId });
        // A volunteer's shifts (overlap check) and hours.
        builder.HasIndex(s => new { s.VolunteerId, s.Status });
        builder.HasIndex(s => new { s.VolunteerId, s.CampaignId, s.WorkedMinutes });
        // Recent hours of every volunteer (roster fairness, statistics).
        builder.HasIndex(s => new { s.CheckedOutAt, s.VolunteerId, s.WorkedMinutes });
        // The no-show pass: seats nobody checked in to.
        builder.HasIndex(s => new { s.Status, s.CheckedInAt });
        // The attendance link finds its seat by the token's hash.
        builder.HasIndex(s => s.AttendanceTokenHash).IsUnique().HasFilter("[AttendanceTokenHash] IS NOT NULL");
    }
}
