using System.Globalization;

namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// An application form with sensible defaults (an adult in Yesil, Russian and Kazakh, the social direction, consent
/// given), so a test states only what matters to it: <c>AnApplication().WithAge(15)</c>.
/// </summary>
public sealed class ApplicationBuilder
{
    private static int _sequence;

    private readonly Dictionary<string, object?> _overrides = [];
    private readonly HashSet<string> _removed = [];
    private int _age = 25;
    private DateOnly? _birthDate;
    private string? _iin;
    private string _email = $"applicant-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}@test.local";
    private object? _guardian;

    public static ApplicationBuilder AnApplication() => new();

    public string Email => _email;

    public ApplicationBuilder WithAge(int years)
    {
        _age = years;
        _birthDate = null;
        return this;
    }

    public ApplicationBuilder BornOn(DateOnly birthDate)
    {
        _birthDate = birthDate;
        return this;
    }

    public ApplicationBuilder WithIin(string iin)
    {
        _iin = iin;
        return this;
    }

    public ApplicationBuilder WithEmail(string email)
    {
        _email = email;
        return this;
    }

    public ApplicationBuilder WithGuardian(string fullName = "Серикова Динара Ахметовна", string phone = "8 777 123 45 67")
    {
        _guardian = new { fullName, phone };
        return this;
    }

    public ApplicationBuilder WithDirections(params int[] directionIds) => With("directionIds", directionIds);

    public ApplicationBuilder WithLanguages(params string[] languages) => With("languages", languages);

    /// <summary>Sets any field of the form to any JSON value, also an invalid one.</summary>
    public ApplicationBuilder With(string field, object? value)
    {
        _overrides[field] = value;
        _removed.Remove(field);
        return this;
    }

    /// <summary>Leaves a field out of the form.</summary>
    public ApplicationBuilder Without(string field)
    {
        _removed.Add(field);
        return this;
    }

    /// <summary>The JSON form; ages count from <paramref name="today"/>, the HQ's date.</summary>
    public Dictionary<string, object?> Build(DateOnly today)
    {
        var birthDate = _birthDate ?? today.AddYears(-_age);
        var form = new Dictionary<string, object?>
        {
            ["firstName"] = "Айгерим",
            ["lastName"] = "Серикова",
            ["middleName"] = "Болатқызы",
            ["iin"] = _iin ?? Iins.For(birthDate, male: false),
            ["dateOfBirth"] = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["phone"] = "+7 701 234 56 78",
            ["email"] = _email,
            ["district"] = "Yesil",
            ["languages"] = new[] { "ru", "kk" },
            ["directionIds"] = new[] { 2 },
            ["motivation"] = "Хочу помогать людям.",
            ["personalDataConsent"] = true,
            ["guardian"] = _guardian,
        };
        foreach (var (field, value) in _overrides)
        {
            form[field] = value;
        }

        foreach (var field in _removed)
        {
            form.Remove(field);
        }

        return form;
    }
}
