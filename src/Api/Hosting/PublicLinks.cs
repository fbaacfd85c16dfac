using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Volunteers.Api.Endpoints;
using Volunteers.Application.Common.Links;

namespace Volunteers.Api.Hosting;

/// <summary>
/// Builds the public links from <c>Links:PublicBaseUrl</c>, or, when it is not set, from the first address the server
/// listens on (right for a developer's machine; behind a proxy or a load balancer the operator sets the public base).
/// </summary>
internal sealed class PublicLinks(IConfiguration configuration, IServer server) : IPublicLinks
{
    public const string BaseUrlKey = "Links:PublicBaseUrl";

    public Uri Attendance(string token) => Link($"attendance/{Uri.EscapeDataString(token)}");

    public Uri CalendarFeed(string token) => Link($"calendar/{Uri.EscapeDataString(token)}.ics");

    public Uri CertificateVerification(string code) => Link($"certificates/{Uri.EscapeDataString(code)}");

    public Uri CertificatePdf(string code) => Link($"certificates/{Uri.EscapeDataString(code)}/pdf");

    /// <summary>A problem with a configured base, as one line for the start-up checks; null when it is unset or usable.</summary>
    public static string? FindProblem(IConfiguration configuration)
    {
        var configured = configuration[BaseUrlKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        return Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                                                                       && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? null
            : $"{BaseUrlKey} '{configured}' is not a usable base; accepted: an absolute http or https URL without query or fragment, under which the API's /api/v1 is reachable (e.g. https://volunteers.example.kz).";
    }

    private Uri Link(string relative) => new(new Uri(BaseUrl() + ApiRoutes.Base + "/"), relative);

    private string BaseUrl()
    {
        var configured = configuration[BaseUrlKey];
        var baseUrl = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        // Kestrel reports wildcard hosts ("http://+:80", "http://[::]:80"), which no client can open.
        return baseUrl.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
