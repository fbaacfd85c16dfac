using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Volunteers.Api.IntegrationTests.Webhooks;

/// <summary>The receiver side of the signature, written as docs/integrators.md tells partners to write it.</summary>
public static class SignatureVerifier
{
    public static bool IsValid(string header, byte[] body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
        {
            return false; // too old (or from the future): a replay
        }

        var signed = Encoding.UTF8.GetBytes(t + ".").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        byte[] actual;
        try
        {
            actual = Convert.FromHexString(v1);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
