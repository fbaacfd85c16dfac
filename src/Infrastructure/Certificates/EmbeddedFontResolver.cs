using System.Reflection;
using PdfSharp.Fonts;

namespace Volunteers.Infrastructure.Certificates;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces embedded in this assembly (Debian's fonts-dejavu-core, licence in
/// Certificates/Fonts): they cover Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і), and servers have no fonts PDFsharp could find.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Dictionary<string, byte[]> Faces = new(StringComparer.Ordinal)
    {
        [Regular] = Load(Regular),
        [Bold] = Load(Bold),
    };

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.Equals(Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => Faces.GetValueOrDefault(faceName);

    private static byte[] Load(string face)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Volunteers.Fonts.{face}.ttf")
                           ?? throw new InvalidOperationException($"The font {face}.ttf is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
