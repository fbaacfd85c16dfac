using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Directions;
using Volunteers.Domain.School;
using Volunteers.Domain.Volunteers;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class TrainingCohortConfiguration : IEntityTypeConfiguration<TrainingCohort>
{
    public void Configure(EntityTypeBuilder<TrainingCohort> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.MemberCount).IsConcurrencyToken();

        // The list filters: stage, direction, status (each newest first), and a trainer's own cohorts.
        builder.HasIndex(c => new { c.StageId, c.Status, c.StartsOn });
        builder.HasIndex(c => new { c.DirectionId, c.StartsOn });
        builder.HasIndex(c => new { c.Status, c.StartsOn });
        builder.HasIndex(c => c.StartsOn);
        builder.HasIndex(c => c.TrainerId);

        builder.HasOne<TrainingStage>().WithMany().HasForeignKey(c => c.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Direction>().WithMany().HasForeignKey(c => c.DirectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(c => c.TrainerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lessons).HasField("_lessons").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> builder)
    {
        builder.ToTable("CohortMembers");
        builder.HasKey(m => new { m.CohortId, m.VolunteerId });
        builder.HasIndex(m => m.VolunteerId);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(m => m.AddedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingLessonConfiguration : IEntityTypeConfiguration<TrainingLesson>
{
    public void Configure(EntityTypeBuilder<TrainingLesson> builder)
    {
        builder.ToTable("TrainingLessons");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Topic).HasMaxLength(200);
        builder.Property(l => l.Location).HasMaxLength(300);
        builder.HasIndex(l => new { l.CohortId, l.StartsAt });
        builder.HasMany(l => l.Attendance).WithOne().HasForeignKey(a => a.LessonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Attendance).HasField("_attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LessonAttendanceConfiguration : IEntityTypeConfiguration<LessonAttendance>
{
    public void Configure(EntityTypeBuilder<LessonAttendance> builder)
    {
        builder.ToTable("LessonAttendance");
        builder.HasKey(a => new { a.LessonId, a.VolunteerId });
        builder.HasIndex(a => a.VolunteerId);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StageResultConfiguration : IEntityTypeConfiguration<StageResult>
{
    public void Configure(EntityTypeBuilder<StageResult> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AttendancePercent).HasPrecision(5, 2);
        builder.Ignore(r => r.IsPassed);

        // A volunteer's progress; the yearly plan figures (passes per stage and date).
        builder.HasIndex(r => new { r.VolunteerId, r.StageId });
        builder.HasIndex(r => new { r.StageId, r.Outcome, r.DecidedOn });
        builder.HasIndex(r => r.CohortId);

        builder.HasOne<Volunteer>().WithMany().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingStage>().WithMany().HasForeignKey(r => r.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingCohort>().WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Direction>().WithMany().HasForeignKey(r => r.DirectionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeRecordConfiguration : IEntityTypeConfiguration<PracticeRecord>
{
    public void Configure(EntityTypeBuilder<PracticeRecord> builder)
    {
        builder.HasKey(p => p.VolunteerId);
        builder.HasOne<Volunteer>().WithOne().HasForeignKey<PracticeRecord>(p => p.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // Concurrency token: two check-outs of the same trainee counted at once cannot lose one of them.
        builder.Property(p => p.ShiftsCompleted).IsConcurrencyToken();
        builder.HasMany(p => p.Shifts).WithOne().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Shifts).HasField("_shifts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PracticeShiftConfiguration : IEntityTypeConfiguration<PracticeShift>
{
    public void Configure(EntityTypeBuilder<PracticeShift> builder)
    {
        builder.ToTable("PracticeShifts");
        builder.HasKey(s => new { s.VolunteerId, s.ShiftId }); // a shift counts once
    }
}

internal sealed class SchoolPlanConfiguration : IEntityTypeConfiguration<SchoolPlan>
{
    public void Configure(EntityTypeBuilder<SchoolPlan> builder)
    {
        builder.HasKey(p => p.Year);
        builder.Property(p => p.Year).ValueGeneratedNever();
    }
}
