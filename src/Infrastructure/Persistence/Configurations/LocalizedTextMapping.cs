using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Volunteers.Domain.Common;

namespace Volunteers.Infrastructure.Persistence.Configurations;

internal static class LocalizedTextMapping
{
    /// <summary>Maps a multilingual text as three columns (<c>Name_Kk</c>, <c>Name_Ru</c>, <c>Name_En</c>).</summary>
    public static void IsLocalizedText(this ComplexPropertyBuilder<LocalizedText> text, int maxLength)
    {
        text.Property(t => t.Kk).HasMaxLength(maxLength).IsRequired();
        text.Property(t => t.Ru).HasMaxLength(maxLength).IsRequired();
        text.Property(t => t.En).HasMaxLength(maxLength);
    }
}
