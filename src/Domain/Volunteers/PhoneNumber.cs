using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace Volunteers.Domain.Volunteers;

/// <summary>A Kazakh mobile number, accepted in the usual spellings and kept in E.164 (<c>+77012345678</c>).</summary>
public sealed record PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private PhoneNumber(string e164) => Value = e164;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool TryParse(string? input, [NotNullWhen(true)] out PhoneNumber? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return false;
        }

        try
        {
            var parsed = Util.Parse(input, "KZ");
            var type = Util.GetNumberType(parsed);
            if (!Util.IsValidNumberForRegion(parsed, "KZ")
                || type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
            {
                return false;
            }

            phone = new PhoneNumber(Util.Format(parsed, PhoneNumberFormat.E164));
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    public static PhoneNumber Parse(string input) =>
        TryParse(input, out var phone) ? phone : throw new FormatException("Not a Kazakh mobile phone number.");
}
