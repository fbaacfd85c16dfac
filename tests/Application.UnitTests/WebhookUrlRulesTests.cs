using System.Net;
using Volunteers.Application.Webhooks;

namespace Volunteers.Application.UnitTests;

public sealed class WebhookUrlRulesTests
{
    [TestCase("https://partner.example.org/hooks")]
    [TestCase("https://partner.example.org:8443/hooks?tenant=1")]
    [TestCase("https://93.184.216.34/hooks")]
    [TestCase("https://[2606:4700::6810:84e5]/hooks")]
    public void PublicHttpsUrls_AreAllowed(string url) =>
        Assert.That(WebhookUrlRules.IsAllowedUrl(url, allowLoopback: false), Is.True);

    [TestCase("http://partner.example.org/hooks")]
    [TestCase("https://localhost/hooks")]
    [TestCase("https://api.localhost/hooks")]
    [TestCase("https://127.0.0.1/hooks")]
    [TestCase("http://127.0.0.1:5000/hooks")]
    [TestCase("https://[::1]/hooks")]
    [TestCase("https://10.0.0.1/hooks")]
    [TestCase("https://172.16.5.4/hooks")]
    [TestCase("https://192.168.1.1/hooks")]
    [TestCase("https://100.64.0.1/hooks")]
    [TestCase("https://169.254.169.254/latest")]
    [TestCase("https://0.0.0.0/hooks")]
    [TestCase("https://[fd00::1]/hooks")]
    [TestCase("https://[fe80::1]/hooks")]
    [TestCase("https://[::ffff:10.0.0.1]/hooks")]
    [TestCase("https://intranet/hooks")]
    [TestCase("https://printer.local/hooks")]
    [TestCase("https://user:secret@partner.example.org/hooks")]
    [TestCase("ftp://partner.example.org/hooks")]
    [TestCase("not a url")]
    [TestCase("")]
    public void PrivateLoopbackOrPlainHttpUrls_AreRefused_OutsideDevelopment(string url) =>
        Assert.That(WebhookUrlRules.IsAllowedUrl(url, allowLoopback: false), Is.False);

    [TestCase("http://127.0.0.1:5000/hooks")]
    [TestCase("http://localhost:5000/hooks")]
    [TestCase("https://[::1]:5001/hooks")]
    public void Loopback_IsAllowed_WhenConfigured(string url) =>
        Assert.That(WebhookUrlRules.IsAllowedUrl(url, allowLoopback: true), Is.True);

    [TestCase("http://partner.example.org/hooks")]
    [TestCase("https://10.0.0.1/hooks")]
    public void AllowingLoopback_AllowsNothingElse(string url) =>
        Assert.That(WebhookUrlRules.IsAllowedUrl(url, allowLoopback: true), Is.False);

    [Test]
    public void UrlsLongerThan500Characters_AreRefused() =>
        Assert.That(WebhookUrlRules.IsAllowedUrl("https://partner.example.org/" + new string('a', 480), allowLoopback: false), Is.False);

    [TestCase("10.1.1.1", false)]
    [TestCase("127.0.0.1", false)]
    [TestCase("::ffff:192.168.0.1", false)]
    [TestCase("8.8.8.8", true)]
    [TestCase("2001:4860:4860::8888", true)]
    public void ResolvedAddresses_AreCheckedAgainWhenConnecting(string address, bool allowed) =>
        Assert.That(WebhookUrlRules.IsAllowedAddress(IPAddress.Parse(address), allowLoopback: false), Is.EqualTo(allowed));
}
