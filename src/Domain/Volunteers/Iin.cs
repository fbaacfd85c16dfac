using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Volunteers.Domain.Volunteers;

/// <summary>Why a string is not a valid IIN.</summary>
public enum IinError
{
    None,
    NotTwelveDigits,
    InvalidCenturyDigit,
    InvalidBirthDate,
    InvalidCheckDigit,
}

/// <summary>
/// A Kazakh individual identification number: YYMMDD, a century/sex digit, four serial digits and a
/// check digit computed with two weight sets (the second is used when the first gives 10).
/// </summary>
public sealed record Iin
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    private Iin(string value, DateOnly birthDate, bool isMale)
    {
        Value = value;
        BirthDate = birthDate;
        IsMale = isMale;
    }

    public string Value { get; }
    public DateOnly BirthDate { get; }
    public bool IsMale { get; }

    public override string ToString() => Value;

    public static bool TryParse(string? input, [NotNullWhen(true)] out Iin? iin, out IinError error)
    {
        iin = null;
        var value = input?.Trim() ?? string.Empty;
        if (value.Length != 12 || !value.All(char.IsAsciiDigit))
        {
            error = IinError.NotTwelveDigits;
            return false;
        }

        var digits = value.Select(c => c - '0').ToArray();
        int? century = digits[6] switch
        {
            1 or 2 => 1800,
            3 or 4 => 1900,
            5 or 6 => 2000,
            _ => null,
        };
        if (century is null)
        {
            error = IinError.InvalidCenturyDigit;
            return false;
        }

        var year = century.Value + int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(value.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(value.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = IinError.InvalidBirthDate;
            return false;
        }

        var check = CheckDigit(digits);
        if (check is null || check != digits[11])
        {
            error = IinError.InvalidCheckDigit;
            return false;
        }

        error = IinError.None;
        iin = new Iin(value, new DateOnly(year, month, day), digits[6] % 2 == 1);
        return true;
    }

    public static Iin Parse(string input) =>
        TryParse(input, out var iin, out var error) ? iin : throw new FormatException($"Not a valid IIN: {error}.");

    private static int? CheckDigit(int[] digits)
    {
        var check = WeightedSum(digits, FirstWeights) % 11;
        if (check == 10)
        {
            check = WeightedSum(digits, SecondWeights) % 11;
        }

        return check == 10 ? null : check;
    }

    private static int WeightedSum(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }

        return sum;
    }
}
