using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Api.IntegrationTests.Webhooks;

namespace Volunteers.Api.IntegrationTests.Instances;

/// <summary>
/// SPEC §5, several instances, checked from outside: two API processes (real Kestrel on loopback ports) on one
/// database and one Redis server, as behind a load balancer. The database is a parameter: <c>VOLUNTEERS_TEST_INSTANCES</c>
/// names the provider (<c>Sqlite</c> runs on a shared file in WAL mode; a server provider needs
/// <c>VOLUNTEERS_TEST_INSTANCES_CONNECTION</c>, an empty database), <c>VOLUNTEERS_TEST_REDIS</c> the Redis server.
/// <c>.ci/lanes/30-instances.sh</c> starts what they need and runs these.
/// </summary>
[NonParallelizable]
public sealed class TwoInstanceTests
{
    public const string ProviderVariable = "VOLUNTEERS_TEST_INSTANCES";
    public const string ConnectionVariable = "VOLUNTEERS_TEST_INSTANCES_CONNECTION";
    private const string AdminEmail = "admin@instances.test";
    private const string AdminPassword = "Admin12345!";

    private string _directory = null!;
    private WebhookReceiver _receiver = null!;
    private ApiInstance _a = null!;
    private ApiInstance _b = null!;
    private string _adminToken = null!;

    private string MailDirectory => Path.Combine(_directory, "mail");

    [OneTimeSetUp]
    public async Task StartTwoInstances()
    {
        var provider = Environment.GetEnvironmentVariable(ProviderVariable);
        var redis = Environment.GetEnvironmentVariable(SharedRedisTests.RedisVariable);
        if (string.IsNullOrWhiteSpace(provider) || string.IsNullOrWhiteSpace(redis))
        {
            Assert.Ignore($"Two-instance lane: set {ProviderVariable} (Sqlite, or a server provider with {ConnectionVariable}) and {SharedRedisTests.RedisVariable}.");
        }

        _directory = Directory.CreateTempSubdirectory("volunteers-instances-").FullName;
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={Path.Combine(_directory, "volunteers.db")}";
        }

        _receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Volunteers"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Redis"] = redis,
            ["Jwt:SigningKey"] = "two-instance-tests-signing-key-0123456789abcdef",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            // Both instances sit behind one proxy on 127.0.0.1, which sends the client's address in X-Forwarded-For.
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
            ["RateLimiting:PublicForm:PermitLimit"] = "10",
            ["RateLimiting:PublicForm:WindowSeconds"] = "300",
            ["Webhooks:AllowLoopback"] = "true",
            ["Webhooks:PollingIntervalSeconds"] = "1",
            ["Mail:SendIntervalSeconds"] = "1",
            ["Mail:PickupDirectory"] = MailDirectory,
            ["Swagger:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        };

        // One after the other, as a rolling deployment does: the first applies the migrations.
        _a = await ApiInstance.StartAsync("A", settings, _directory, TimeSpan.FromSeconds(120));
        _b = await ApiInstance.StartAsync("B", settings, _directory, TimeSpan.FromSeconds(120));
        var login = await _a.Client.PostAsJsonAsync("/api/v1/auth/login", new { email = AdminEmail, password = AdminPassword });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), await login.Content.ReadAsStringAsync());
        _adminToken = (await login.ReadJsonAsync())["accessToken"]!.GetValue<string>();
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        foreach (var instance in new[] { _a, _b })
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [TearDown]
    public void ShowLogsOfAFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine($"--- A ---\n{_a.Log}\n--- B ---\n{_b.Log}");
        }
    }

    [Test]
    public async Task CampaignPublishedThroughA_AppearsAtOnceInBsCachedAnonymousList()
    {
        await ListAsync(_b);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // the Age of a cached answer counts whole seconds
        var cached = await _b.Client.GetAsync("/api/v1/campaigns?pageSize=100");
        Assert.That(cached.Headers.Age, Is.Not.Null, "B answers the list from the shared cache");

        var id = await PublishedCampaignAsync(_a);

        Assert.That(await ListAsync(_b), Does.Contain(id));
    }

    [Test]
    public async Task CampaignCancelledThroughB_Is404OnAAtOnce()
    {
        var id = await PublishedCampaignAsync(_a);
        Assert.That((await _a.Client.GetAsync($"/api/v1/campaigns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var cached = await _a.Client.GetAsync($"/api/v1/campaigns/{id}");
        Assert.That(cached.Headers.Age, Is.Not.Null, "A answers the campaign from the shared cache");

        await ActAsync(_b, HttpMethod.Post, $"/api/v1/campaigns/{id}/cancel", null, HttpStatusCode.OK);

        Assert.That((await _a.Client.GetAsync($"/api/v1/campaigns/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ListAsync(_a), Does.Not.Contain(id));
    }

    [Test]
    public async Task PublicFormLimitOfTen_HoldsAcrossBothInstances_PerForwardedClient()
    {
        const string client = "203.0.113.10";
        for (var i = 0; i < 10; i++)
        {
            Assert.That(await FormAsync(i % 2 == 0 ? _a : _b, client), Is.EqualTo(HttpStatusCode.BadRequest), $"form {i + 1} of 10");
        }

        Assert.That(await FormAsync(_a, client), Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await FormAsync(_b, client), Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await FormAsync(_b, "203.0.113.11"), Is.EqualTo(HttpStatusCode.BadRequest), "another client behind the proxy has its own limit");
    }

    [Test]
    public async Task WithBothDispatchersRunning_EachWebhookIsDeliveredExactlyOnce()
    {
        await ActAsync(_a, HttpMethod.Post, "/api/v1/webhooks", new { url = _receiver.Url, events = new[] { "campaign.published" } }, HttpStatusCode.Created);
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await PublishedCampaignAsync(i % 2 == 0 ? _a : _b));
        }

        int DeliveriesOf(Guid id) => _receiver.Received.Count(r => Encoding.UTF8.GetString(r.Body).Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));
        await WaitUntilAsync(() => ids.All(id => DeliveriesOf(id) >= 1), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4)); // several more polls by both dispatchers

        Assert.That(ids.Select(DeliveriesOf), Is.All.EqualTo(1));
        var deliveryIds = _receiver.Received.Select(r => r.Header("X-Volunteers-Delivery")).ToList();
        Assert.That(deliveryIds, Is.Unique);
    }

    [Test]
    public async Task EachMobilisationMailIsSentOnce()
    {
        var emails = Enumerable.Range(1, 4).Select(i => $"mobilised-{i}-{Guid.NewGuid():N}@instances.test").ToList();
        var born = new DateOnly(1980, 1, 1).AddDays(Random.Shared.Next(5000));
        var rows = emails.Select((email, i) => new Dictionary<string, object?>
        {
            ["lastName"] = "Абаев",
            ["firstName"] = $"Серик{i}",
            ["iin"] = Iins.For(born.AddDays(i)),
            ["dateOfBirth"] = born.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["phone"] = "+7 701 555 66 77",
            ["email"] = email,
            ["district"] = "Yesil",
            ["languages"] = new[] { "ru" },
            ["directions"] = new[] { "emergency" },
            ["trainedOn"] = "2020-09-01",
        }).ToList();
        var imported = await ActAsync(_a, HttpMethod.Post, "/api/v1/volunteers/import", rows, HttpStatusCode.OK);
        Assert.That(imported["imported"]!.GetValue<int>(), Is.EqualTo(4), imported.ToJsonString());

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);
        var mobilization = await ActAsync(_b, HttpMethod.Post, "/api/v1/mobilizations", new
        {
            title = "Spring flood",
            reason = "The Yesil river is flooding the left bank.",
            startsOn = today.ToString("yyyy-MM-dd"),
            endsOn = today.AddDays(3).ToString("yyyy-MM-dd"),
            dailyActive = 2,
            reserve = 2,
            districts = new[] { "Yesil" },
        }, HttpStatusCode.Created);
        await ActAsync(_a, HttpMethod.Post, $"/api/v1/mobilizations/{mobilization["id"]}/rosters", new { date = today.ToString("yyyy-MM-dd") }, HttpStatusCode.Created);

        int MailsTo(string email) => Directory.Exists(MailDirectory)
            ? Directory.EnumerateFiles(MailDirectory, "*.eml").Count(f => ReadWhenWritten(f).Contains(email, StringComparison.OrdinalIgnoreCase))
            : 0;
        await WaitUntilAsync(() => emails.All(e => MailsTo(e) >= 1), TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(4)); // several more passes by both senders

        Assert.That(emails.Select(MailsTo), Is.All.EqualTo(1));
    }

    private async Task<Guid> PublishedCampaignAsync(ApiInstance instance)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await ActAsync(instance, HttpMethod.Post, "/api/v1/campaigns", new
        {
            title = new { kk = "Қамқорлық", ru = "Адрес заботы", en = "Address of Care" },
            description = new { kk = "Қар тазалау", ru = "Уборка снега во дворах пенсионеров" },
            directionId = 2,
            kind = "Regular",
            district = "Yesil",
            location = "Astana",
            startsOn = today,
            endsOn = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, HttpStatusCode.Created);
        var id = Guid.Parse(created["id"]!.GetValue<string>());
        await ActAsync(instance, HttpMethod.Post, $"/api/v1/campaigns/{id}/publish", null, HttpStatusCode.OK);
        return id;
    }

    private static async Task<List<Guid>> ListAsync(ApiInstance instance)
    {
        var response = await instance.Client.GetAsync("/api/v1/campaigns?pageSize=100");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return [.. (await response.ReadJsonAsync())["items"]!.AsArray().Select(c => Guid.Parse(c!["id"]!.GetValue<string>()))];
    }

    /// <summary>A staff call as the admin, asserting its status.</summary>
    private async Task<JsonNode> ActAsync(ApiInstance instance, HttpMethod method, string url, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _adminToken);
        var response = await instance.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{method} {url} on {instance.Name}: {text}");
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    private static async Task<HttpStatusCode> FormAsync(ApiInstance instance, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return (await instance.Client.SendAsync(request)).StatusCode;
    }

    /// <summary>A mail file's text, or nothing while a sender is still writing it.</summary>
    private static string ReadWhenWritten(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "timed out waiting");
            await Task.Delay(250);
        }
    }
}
