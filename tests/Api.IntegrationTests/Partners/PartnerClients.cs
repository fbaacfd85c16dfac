using System.Net;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Partners;

/// <summary>A partner registered through the API, with a client that sends its key.</summary>
public sealed record RegisteredPartner(Guid Id, string ApiKey, HttpClient Client) : IDisposable
{
    public void Dispose() => Client.Dispose();
}

internal static class PartnerClients
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Registers a partner with <paramref name="scopes"/> as an admin would, and returns a client with its key.</summary>
    public static async Task<RegisteredPartner> RegisterAsync(this VolunteersApiFactory factory, HttpClient admin, string name, params string[] scopes)
    {
        var response = await admin.PostJsonAsync("/api/v1/partners", new { name, scopes });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        var apiKey = body["apiKey"]!.GetValue<string>();
        return new RegisteredPartner(Guid.Parse(body["id"]!.GetValue<string>()), apiKey, factory.ClientWithApiKey(apiKey));
    }

    public static HttpClient ClientWithApiKey(this VolunteersApiFactory factory, string apiKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
        return client;
    }
}
