using System.Net.Http.Headers;
using Volunteers.Api.IntegrationTests.Instances;

namespace Volunteers.Client.Tests;

/// <summary>
/// The built API on real Kestrel, in its own process on a loopback port the system picks, with a temp SQLite database:
/// the client is tested over the wire, as a partner team uses it. Started once for the assembly, killed at the end.
/// </summary>
[SetUpFixture]
public sealed class VolunteersApiFixture
{
    public const string AdminEmail = "admin@client-tests.local";
    public const string AdminPassword = "Client-Tests-12345!";

    private static ApiInstance? _api;
    private static string? _directory;

    public static Uri BaseAddress => _api?.Client.BaseAddress ?? throw new InvalidOperationException("The API is not started.");

    [OneTimeSetUp]
    public async Task StartApi()
    {
        _directory = Directory.CreateTempSubdirectory("volunteers-client-tests-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Volunteers"] = $"Data Source={Path.Combine(_directory, "volunteers.db")}",
            ["Database:MigrateOnStartup"] = "true",
            ["Jwt:SigningKey"] = "client-tests-signing-key-0123456789abcdef",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            // Hashing strength is not what these tests check; a low count keeps each sign-in fast.
            ["Security:PasswordHashIterations"] = "1000",
            ["Mail:PickupDirectory"] = Path.Combine(_directory, "mail"),
            ["Swagger:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };
        _api = await ApiInstance.StartAsync("client-tests", settings, _directory, TimeSpan.FromSeconds(120));
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>An HTTP client for the running API; the generated clients take it as it is.</summary>
    public static HttpClient Http(AuthenticationHeaderValue? authorization = null, string? apiKey = null)
    {
        var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = authorization;
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    /// <summary>Signs the bootstrap admin in through the client and returns an HTTP client carrying the token.</summary>
    public static async Task<HttpClient> SignInAsAdminAsync()
    {
        using var anonymous = Http();
        var tokens = await new AuthClient(anonymous).LogInAsync(new LoginCommand { Email = AdminEmail, Password = AdminPassword });
        return Http(new AuthenticationHeaderValue("Bearer", tokens.Result.AccessToken));
    }
}
