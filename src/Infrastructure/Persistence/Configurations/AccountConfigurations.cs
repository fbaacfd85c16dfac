using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Accounts;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.HasIndex(a => a.Email).IsUnique();
        builder.Property(a => a.FullName).HasMaxLength(200);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.HasIndex(a => a.VolunteerId).IsUnique().HasFilter("[VolunteerId] IS NOT NULL");
        builder.HasIndex(a => new { a.Role, a.CreatedAt });
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserAccountId);
        builder.HasIndex(t => t.FamilyId);
        // Rotation is "UPDATE … WHERE RevokedAt IS NULL": of simultaneous uses exactly one changes the row.
        builder.Property(t => t.RevokedAt).IsConcurrencyToken();
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.UserAccountId);
        // Redeeming is "UPDATE … WHERE UsedAt IS NULL AND RevokedAt IS NULL": one redemption wins, also against a newer invitation.
        builder.Property(i => i.UsedAt).IsConcurrencyToken();
        builder.Property(i => i.RevokedAt).IsConcurrencyToken();
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(i => i.UserAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
