namespace Volunteers.Domain.Common;

/// <summary>Text in the HQ's languages: Kazakh and Russian are required, English is optional.</summary>
public sealed record LocalizedText(string Kk, string Ru, string? En = null)
{
    /// <summary>The text in <paramref name="language"/> (kk, ru, en), falling back to Russian, then Kazakh.</summary>
    public string In(string language) => language switch
    {
        "kk" => Kk,
        "en" => En ?? Ru,
        _ => Ru,
    };
}
