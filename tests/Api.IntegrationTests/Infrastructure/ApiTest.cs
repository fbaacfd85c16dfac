using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Application.Common.Time;

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

    /// <summary>HqToday in the HQ's calendar (<c>Hq:TimeZone</c>) by the test clock, which tests move: never a constant.</summary>
    protected DateOnly HqToday => HqCalendar.Today;

    /// <summary>An instant given as HQ local time, the way a coordinator types it.</summary>
    protected DateTimeOffset HqTime(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, HqCalendar.TimeZone.GetUtcOffset(local));
    }

    private IHqCalendar HqCalendar => Factory.Services.GetRequiredService<IHqCalendar>();

    protected HttpClient ClientWithToken(string accessToken)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>
    /// A client acting as the account without signing in (<see cref="TestAuthentication"/>): the claims of its access
    /// token, none of the hashing. For tests about something else than signing in.
    /// </summary>
    protected HttpClient ClientAs(Guid accountId) => Factory.CreateClientAs(accountId);

    /// <summary>Signs in for real (<c>POST /auth/login</c>) and returns the access token.</summary>
    protected async Task<string> LoginAsync(string email, string password)
    {
        var response = await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        return body["accessToken"]!.GetValue<string>();
    }

    /// <summary>The seeded admin (<see cref="VolunteersApiFactory.AdminEmail"/>).</summary>
    protected Task<HttpClient> AdminAsync() => Factory.CreateAdminClientAsync();

    /// <summary>A staff member of <paramref name="role"/>, created by the admin and invited through the API like a real one.</summary>
    protected async Task<StaffMember> StaffAsync(string role, string? email = null)
    {
        using var admin = await AdminAsync();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        var created = await admin.PostJsonAsync("/api/v1/staff-accounts", new { email, fullName = $"Test {role}", role });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.ReadJsonAsync();
        var accepted = await Anonymous.PostJsonAsync("/api/v1/auth/accept-invitation", new { token = body["invitation"]!["token"]!.GetValue<string>(), password = StaffPassword });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var accountId = Guid.Parse(body["id"]!.GetValue<string>());
        return new StaffMember(accountId, email, ClientAs(accountId));
    }

    /// <summary>The password <see cref="StaffAsync"/> gives the staff accounts it opens.</summary>
    protected const string StaffPassword = "Passw0rd-2026!";

    /// <summary>The volunteer acting through their own account (role Volunteer), which this opens with <see cref="VolunteerBuilder.Password"/>.</summary>
    protected async Task<HttpClient> VolunteerClientAsync(Guid volunteerId) =>
        ClientAs(await VolunteerBuilder.AddAccountAsync(Factory, volunteerId));

    /// <summary>GETs <paramref name="url"/>, asserts 200 and returns the body.</summary>
    protected static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
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
