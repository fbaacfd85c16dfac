namespace Volunteers.Api.IntegrationTests.Builders;

/// <summary>
/// Valid IINs made the way SPEC §4 describes them, independently of the code under test: YYMMDD, a century/sex digit,
/// four serial digits and a check digit (weights 1..11, or 3..11,1,2 when the first sum gives 10).
/// </summary>
public static class Iins
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    private static int _serial;

    /// <summary>A valid IIN for <paramref name="birthDate"/>, different from the previous ones for the same date.</summary>
    public static string For(DateOnly birthDate, bool male = true)
    {
        var centuryDigit = ((birthDate.Year / 100) - 18) * 2 + (male ? 1 : 2);
        while (true)
        {
            var serial = Interlocked.Increment(ref _serial) % 10_000;
            var first11 = $"{birthDate:yyMMdd}{centuryDigit}{serial:0000}";
            if (CheckDigit(first11) is { } check)
            {
                return first11 + check;
            }
        }
    }

    /// <summary>The check digit of the first eleven digits, or null when both weight sets give 10 (no valid IIN).</summary>
    public static int? CheckDigit(string first11)
    {
        var digits = first11.Select(c => c - '0').ToArray();
        var check = WeightedSum(digits, FirstWeights) % 11;
        if (check == 10)
        {
            check = WeightedSum(digits, SecondWeights) % 11;
        }

        return check == 10 ? null : check;
    }

    /// <summary>A valid IIN with its last digit changed, so only the check digit is wrong.</summary>
    public static string WithWrongCheckDigit(string iin) => iin[..11] + (char)('0' + ((iin[11] - '0' + 1) % 10));

    private static int WeightedSum(int[] digits, int[] weights) => digits.Zip(weights, (d, w) => d * w).Sum();
}
