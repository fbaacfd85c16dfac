namespace Volunteers.Domain.Common;

/// <summary>The languages the HQ works in, as ISO 639-1 codes.</summary>
public static class Language
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Kazakh, Russian, English];

    public static bool IsSupported(string? code) => code is Kazakh or Russian or English;
}
