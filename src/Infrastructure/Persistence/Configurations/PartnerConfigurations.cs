using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Outbox;
using Volunteers.Domain.Partners;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.Name).IsUnique().HasFilter("[RevokedAt] IS NULL");
        builder.PrimitiveCollection(p => p.Scopes).HasMaxLength(500);
        builder.Property(p => p.ApiKeyHash).HasMaxLength(64);
        builder.HasIndex(p => p.ApiKeyHash).IsUnique();
        builder.Property(p => p.KeyPrefix).HasMaxLength(Partner.KeyPrefixLength);
        builder.HasIndex(p => p.CreatedAt);
        builder.Ignore(p => p.IsActive);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.PrimitiveCollection(s => s.Events).HasMaxLength(1000);
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PartnerId, s.DeletedAt, s.CreatedAt });
        builder.HasIndex(s => new { s.DeletedAt, s.CreatedAt });
        builder.Ignore(s => s.IsActive);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.EventType).HasMaxLength(100);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        // A dispatcher records an attempt only while it still holds the lease it claimed the delivery with.
        builder.Property(d => d.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.EventId, d.SubscriptionId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasIndex(d => new { d.SubscriptionId, d.Status, d.CreatedAt });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Type).HasMaxLength(100);
        builder.HasIndex(m => new { m.DispatchedAt, m.OccurredAt });
    }
}
