using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Volunteers.Api.Hosting;

namespace Volunteers.Api.IntegrationTests.Hosting;

/// <summary>Links in mails, feeds and certificates use <c>Links:PublicBaseUrl</c>, else the server's own first address.</summary>
public sealed class PublicLinksTests
{
    [TestCase("https://volunteers.example.kz", "https://volunteers.example.kz/api/v1/attendance/abc-DEF_123")]
    [TestCase("https://hq.example.kz/volunteers/", "https://hq.example.kz/volunteers/api/v1/attendance/abc-DEF_123")]
    public void TheConfiguredBase_PrefixesApiV1_KeepingItsOwnPath(string baseUrl, string expected)
    {
        var links = new PublicLinks(Configuration(baseUrl), new ListeningOn("http://0.0.0.0:8080"));
        Assert.That(links.Attendance("abc-DEF_123").ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void WithoutABase_TheServersFirstAddressIsUsed_WithAWildcardHostMadeOpenable()
    {
        var links = new PublicLinks(Configuration(null), new ListeningOn("http://+:5080", "https://[::]:5443"));
        Assert.Multiple(() =>
        {
            Assert.That(links.CalendarFeed("t0k").ToString(), Is.EqualTo("http://localhost:5080/api/v1/calendar/t0k.ics"));
            Assert.That(links.CertificateVerification("ABCD234567").ToString(), Is.EqualTo("http://localhost:5080/api/v1/certificates/ABCD234567"));
            Assert.That(links.CertificatePdf("ABCD234567").ToString(), Is.EqualTo("http://localhost:5080/api/v1/certificates/ABCD234567/pdf"));
        });
    }

    private static IConfiguration Configuration(string? baseUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicLinks.BaseUrlKey] = baseUrl }).Build();

    private sealed class ListeningOn : IServer
    {
        public ListeningOn(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull =>
            Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
