using System.Net;
using Volunteers.Application.Webhooks;

namespace Volunteers.Application.UnitTests;

/// <summary>IPv6 addresses that reach an IPv4 address through a translator or tunnel are judged by that IPv4 address.</summary>
public sealed class EmbeddedIPv4AddressTests
{
    [TestCase("64:ff9b::7f00:1")]        // NAT64 → 127.0.0.1
    [TestCase("64:ff9b::a00:1")]         // NAT64 → 10.0.0.1
    [TestCase("64:ff9b::a9fe:a9fe")]     // NAT64 → 169.254.169.254
    [TestCase("64:ff9b:1::a00:1")]       // local-use NAT64
    [TestCase("2002:7f00:1::")]          // 6to4 → 127.0.0.1
    [TestCase("2002:c0a8:101::1")]       // 6to4 → 192.168.1.1
    [TestCase("2002:a00:1:1::1")]        // 6to4 → 10.0.0.1
    [TestCase("::ffff:127.0.0.1")]       // IPv4-mapped
    [TestCase("::ffff:172.16.0.1")]      // IPv4-mapped
    [TestCase("::10.0.0.1")]             // IPv4-compatible (deprecated)
    [TestCase("2001:0:a00:1::1")]        // Teredo whose server is 10.0.0.1
    public void AnEmbeddedPrivateOrLoopbackIPv4_IsRefused_AtConnectTime(string address) =>
        Assert.That(WebhookUrlRules.IsAllowedAddress(IPAddress.Parse(address), allowLoopback: false), Is.False);

    [TestCase("64:ff9b::5db8:d822")]     // NAT64 → 93.184.216.34
    [TestCase("2002:5db8:d822::1")]      // 6to4 → 93.184.216.34
    [TestCase("2606:4700::6810:84e5")]
    public void AnEmbeddedPublicIPv4_IsAllowed(string address) =>
        Assert.That(WebhookUrlRules.IsAllowedAddress(IPAddress.Parse(address), allowLoopback: false), Is.True);

    [TestCase("https://[64:ff9b::7f00:1]/hooks")]
    [TestCase("https://[2002:7f00:1::]/hooks")]
    [TestCase("https://[64:ff9b::c0a8:101]/hooks")]
    public void AUrlWithAnEmbeddedLoopbackOrPrivateIPv4_IsRefused_AtSubscription(string url) =>
        Assert.That(WebhookUrlRules.IsAllowedUrl(url, allowLoopback: false), Is.False);
}
