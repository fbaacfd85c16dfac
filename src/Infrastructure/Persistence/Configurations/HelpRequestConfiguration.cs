using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Campaigns;
using Volunteers.Domain.HelpRequests;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        // Owned rather than complex: the district filter needs an index, which complex properties cannot have yet.
        builder.OwnsOne(r => r.Beneficiary, b =>
        {
            b.Property(x => x.FullName).HasMaxLength(Beneficiary.FullNameMaxLength).IsRequired();
            b.Property(x => x.Phone).HasMaxLength(16).IsRequired();
            b.Property(x => x.Address).HasMaxLength(Beneficiary.AddressMaxLength).IsRequired();
            b.Property(x => x.DistrictCode).HasMaxLength(40).IsRequired();
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(x => x.DistrictCode);
        });
        builder.Navigation(r => r.Beneficiary).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Details).HasMaxLength(HelpRequest.DetailsMaxLength);
        builder.HasOne<Shift>().WithMany().HasForeignKey(r => r.ShiftId).OnDelete(DeleteBehavior.Restrict);

        // The list filters (status, kind; district above), each with the list's newest-first order.
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasIndex(r => new { r.Kind, r.CreatedAt });
        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => r.ShiftId);
    }
}
