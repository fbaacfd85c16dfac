using System.Net;
using System.Net.Sockets;

namespace Volunteers.Application.Webhooks;

/// <summary>
/// Where webhooks may be sent: an absolute https URL of a public host. Never a private, link-local or loopback
/// address (requests from inside our network must not be steerable by a subscriber), except loopback when
/// <see cref="WebhookOptions.AllowLoopback"/> is on (Development, tests), where plain http is allowed for it too.
/// The dispatcher checks the resolved addresses again when it connects, so a public name cannot point inside.
/// </summary>
public static class WebhookUrlRules
{
    public const int MaxUrlLength = 500;

    public static bool IsAllowedUrl(string? value, bool allowLoopback)
    {
        if (value is null || value.Length > MaxUrlLength || !Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            return false;
        }

        if (url.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
        {
            return false;
        }

        var loopback = IsLoopbackHost(url);
        if (loopback)
        {
            return allowLoopback;
        }

        if (url.Scheme != "https")
        {
            return false;
        }

        return url.HostNameType switch
        {
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address) && IsAllowedAddress(address, allowLoopback),
            UriHostNameType.Dns => url.IdnHost.Contains('.', StringComparison.Ordinal) && !url.IdnHost.EndsWith(".local", StringComparison.OrdinalIgnoreCase)
                                   && !url.IdnHost.EndsWith(".internal", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a subscription may name, and the dispatcher may connect to, <paramref name="address"/>. An IPv6 address
    /// that carries an IPv4 address (IPv4-mapped or -compatible, NAT64, 6to4, Teredo) is judged by the IPv4 address it
    /// reaches, so <c>[64:ff9b::a00:1]</c> is as private as <c>10.0.0.1</c>.
    /// </summary>
    public static bool IsAllowedAddress(IPAddress address, bool allowLoopback)
    {
        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => EmbeddedIPv4(address) is { Count: > 0 } embedded
                ? embedded.All(ipv4 => IsAllowedAddress(ipv4, allowLoopback))
                : IsPublicIPv6(address),
            _ => false,
        };
    }

    /// <summary>The IPv4 addresses an IPv6 address carries and would reach through a translator or tunnel; empty if none.</summary>
    private static List<IPAddress> EmbeddedIPv4(IPAddress address)
    {
        var b = address.GetAddressBytes();
        IPAddress At(int offset, bool inverted = false) =>
            new(inverted ? [(byte)~b[offset], (byte)~b[offset + 1], (byte)~b[offset + 2], (byte)~b[offset + 3]] : b[offset..(offset + 4)]);

        if (address.IsIPv4MappedToIPv6 || (b[..12].All(x => x == 0) && !address.Equals(IPAddress.IPv6Any)))
        {
            return [At(12)];                                                     // ::ffff:a.b.c.d and the old ::a.b.c.d
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
        {
            // NAT64: the well-known 64:ff9b::/96 ends with the IPv4 address; the local-use 64:ff9b:1::/48 translates
            // inside the operator's own network, so it counts as the unroutable 0.0.0.0 and is refused.
            return b[4..12].All(x => x == 0) ? [At(12)] : [IPAddress.Any];
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return [At(2)];                                                      // 6to4 2002:a.b.c.d::/48
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            return [At(4), At(12, inverted: true)];                              // Teredo 2001::/32: server, client (inverted)
        }

        return [];
    }

    private static bool IsLoopbackHost(Uri url) =>
        url.IsLoopback
        || url.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || url.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static bool IsPublicIPv4(byte[] b) => !(
        b[0] == 0                                      // "this" network
        || b[0] == 10                                  // private
        || b[0] == 127                                 // loopback
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)  // carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                // link-local, cloud metadata
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)   // private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)     // IETF protocol assignments
        || (b[0] == 192 && b[1] == 168)                // private
        || (b[0] == 198 && b[1] is 18 or 19)           // benchmarking
        || b[0] >= 224);                               // multicast, reserved, broadcast

    private static bool IsPublicIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return (b[0] & 0xFE) != 0xFC; // unique local fc00::/7
    }
}
