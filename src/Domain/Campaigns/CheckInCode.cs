using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Volunteers.Domain.Campaigns;

/// <summary>
/// The rules of a shift's check-in code (<see cref="Shift.CheckInCode"/>): six random digits from a cryptographic
/// generator, valid an hour around the shift, and at most <see cref="MaxWrongTries"/> wrong tries per sign-up within
/// <see cref="WrongTriesWindow"/>, so that a million codes cannot be guessed in the time a shift lasts.
/// </summary>
public static class CheckInCode
{
    public const int Length = 6;
    public const int MaxWrongTries = 5;

    public static readonly TimeSpan WindowMargin = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan WrongTriesWindow = TimeSpan.FromMinutes(15);

    /// <summary>A fresh code: uniformly one of 000000..999999.</summary>
    public static string New() =>
        RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Six ASCII digits: the only thing worth comparing with a code.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);

    /// <summary>Compares in constant time, so that the answer's timing tells nothing about how many digits were right.</summary>
    public static bool Matches(string? expected, string? given) =>
        expected is not null && given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
