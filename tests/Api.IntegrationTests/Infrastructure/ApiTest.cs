using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Base of the API tests: one running app per database for the whole run (booting is the slow part), and a
/// database emptied and re-seeded before every test so each test starts from the same state.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.All))]
[NonParallelizable]
public abstract class ApiTest(TestDatabase database)
{
    private static readonly ConcurrentDictionary<TestDatabase, VolunteersApiFactory> Factories = new();

    private VolunteersApiFactory? _ownFactory;

    protected TestDatabase Database { get; } = database;

    protected VolunteersApiFactory Factory { get; private set; } = null!;

    protected FakeTimeProvider Clock => Factory.Clock;

    /// <summary>An anonymous caller.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        if (Database == TestDatabase.SqlServer && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.SqlServerVariable)))
        {
            Assert.Ignore($"SQL Server lane: set {TestDatabase.SqlServerVariable} to a connection string to run these tests against SQL Server.");
        }

        _ownFactory = CreateOwnFactory();
        Factory = _ownFactory ?? Factories.GetOrAdd(Database, db => new VolunteersApiFactory(db));
    }

    /// <summary>
    /// A fixture that needs other settings or services (e.g. a fake mail channel, no background workers) returns its own
    /// app here; it is disposed after the fixture. By default fixtures share one app per database.
    /// </summary>
    protected virtual VolunteersApiFactory? CreateOwnFactory() => null;

    [OneTimeTearDown]
    public void StopOwnApi() => _ownFactory?.Dispose();

    [SetUp]
    public async Task ResetState()
    {
        await Factory.ResetDatabaseAsync();
        Anonymous = Factory.CreateClient();
    }

    [TearDown]
    public void DisposeClient() => Anonymous?.Dispose();

    /// <summary>Disposes the shared apps at the end of the run.</summary>
    internal static void DisposeAll()
    {
        foreach (var factory in Factories.Values)
        {
            factory.Dispose();
        }

        Factories.Clear();
    }

    protected HttpClient ClientWithToken(string accessToken)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    protected async Task<string> LoginAsync(string email, string password)
    {
        var response = await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        return body["accessToken"]!.GetValue<string>();
    }

    protected async Task<HttpClient> AdminAsync() =>
        ClientWithToken(await LoginAsync(VolunteersApiFactory.AdminEmail, VolunteersApiFactory.AdminPassword));

    /// <summary>A signed-in staff member of <paramref name="role"/>, created through the API like a real one.</summary>
    protected async Task<StaffMember> StaffAsync(string role, string? email = null)
    {
        using var admin = await AdminAsync();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        var created = await admin.PostJsonAsync("/api/v1/staff-accounts", new { email, fullName = $"Test {role}", role });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.ReadJsonAsync();
        const string password = "Passw0rd-2026!";
        var accepted = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = body["invitation"]!["token"]!.GetValue<string>(), password });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        return new StaffMember(Guid.Parse(body["id"]!.GetValue<string>()), email, ClientWithToken(await LoginAsync(email, password)));
    }

    protected Task<HttpClient> CoordinatorAsync() => StaffAsync("Coordinator").ContinueWith(t => t.Result.Client, TaskScheduler.Default);

    protected Task<HttpClient> TrainerAsync() => StaffAsync("Trainer").ContinueWith(t => t.Result.Client, TaskScheduler.Default);

    protected static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? typeEndsWith = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonNode.Parse(text)!;
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)status));
        Assert.That(problem["traceId"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty);
        Assert.That(problem["title"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, text);
        Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, text);
        if (typeEndsWith is not null)
        {
            Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith(typeEndsWith));
        }
    }
}

public sealed record StaffMember(Guid AccountId, string Email, HttpClient Client);
