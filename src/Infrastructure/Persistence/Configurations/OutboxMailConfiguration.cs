using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Mail;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Secret).HasMaxLength(OutboxMail.SecretMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(500);
        // Recording an outcome succeeds only while this sender's lease still holds the mail.
        builder.Property(m => m.LeaseToken).IsConcurrencyToken();
        // An outbox written thousands at a time (rosters): no foreign keys. The mails still to send, by due time; and
        // the mails about one subject (a sign-up's reminders follow its shift).
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("[State] = 'Pending'");
        builder.HasIndex(m => new { m.SubjectId, m.Kind });
    }
}
