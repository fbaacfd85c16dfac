using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Volunteers.Api.Caching;
using Volunteers.Domain.Accounts;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Persistence.Seeding;

namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>The real API over real HTTP semantics, on a real database file, with a clock the tests move.</summary>
public sealed class VolunteersApiFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin12345!";

    /// <summary>
    /// PBKDF2 iterations for the tests' passwords: one instead of production's 100,000, because hundreds of sign-ins
    /// and invitations would otherwise spend most of the run hashing (PasswordHashingTests proves production's setting).
    /// </summary>
    public const string TestPasswordHashIterations = "1";

    private readonly TestDatabase _database;
    private readonly string _connectionString;
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="database">The database to run on.</param>
    /// <param name="settings">Configuration to add or override; a <c>null</c> value drops the test default so the app's own setting applies.</param>
    /// <param name="configureServices">Services to replace after the app's own registrations (e.g. a fake mail channel).</param>
    public VolunteersApiFactory(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        _database = database;
        _configureServices = configureServices;
        _connectionString = database == TestDatabase.Postgres
            ? PostgresTestDatabases.Create()
            : database.ServerConnectionString ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"volunteers-tests-{Guid.NewGuid():N}.db")}";
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Volunteers"] = _connectionString,
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Jwt:SigningKey"] = "integration-tests-signing-key-0123456789abcdef",
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["RateLimiting:PublicForm:PermitLimit"] = "100000",
            ["RateLimiting:PublicForm:WindowSeconds"] = "60",
            ["RateLimiting:Partner:PermitLimit"] = "100000",
            ["RateLimiting:Partner:WindowSeconds"] = "60",
            // Webhook tests run receivers on 127.0.0.1 over http, and drive dispatch passes themselves.
            ["Webhooks:AllowLoopback"] = "true",
            ["Webhooks:DispatcherEnabled"] = "false",
            // No-show tests drive the pass themselves; run on its own, it would race with tests that move the clock past shifts.
            ["NoShow:BackgroundPassEnabled"] = "false",
            ["Security:PasswordHashIterations"] = TestPasswordHashIterations,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }
    }

    /// <summary>Starts at a fixed instant so that tests about dates and ages are repeatable.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    public string ConnectionString => _connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            TestAuthentication.AddTo(services);
            _configureServices?.Invoke(services);
        });
    }

    /// <summary>A client acting as the account through <see cref="TestAuthentication"/>, without signing in.</summary>
    public HttpClient CreateClientAs(Guid accountId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = TestAuthentication.HeaderFor(accountId);
        return client;
    }

    /// <summary>A client acting as the seeded admin (<see cref="AdminEmail"/>), without signing in.</summary>
    public async Task<HttpClient> CreateAdminClientAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var email = UserAccount.NormalizeEmail(AdminEmail);
        var adminId = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserAccounts
            .Where(a => a.Email == email).Select(a => a.Id).SingleAsync();
        return CreateClientAs(adminId);
    }

    /// <summary>Empties every table and seeds the reference data again, as on a fresh start.</summary>
    public async Task ResetDatabaseAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindOwnership() is null)
            .Select(t => t.GetTableName()!)
            .Distinct()
            .ToList();
        if (_database == TestDatabase.Sqlite)
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
            // The name-search index and its row map first, so that the delete trigger finds nothing left to remove.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"VolunteerNameSearch\"; DELETE FROM \"VolunteerNameSearchRows\";");
            foreach (var table in tables)
            {
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\";");
            }

            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_sequence;");
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
            await db.Database.CloseConnectionAsync();
        }
        else if (_database == TestDatabase.Postgres)
        {
            await PostgresTestDatabases.EmptyAsync(db.Database, tables);
        }
        else
        {
            foreach (var table in tables)
            {
                await db.Database.ExecuteSqlRawAsync($"ALTER TABLE [{table}] NOCHECK CONSTRAINT ALL;");
            }

            foreach (var table in tables)
            {
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM [{table}];");
                await db.Database.ExecuteSqlRawAsync(
                    $"IF OBJECTPROPERTY(OBJECT_ID('[{table}]'), 'TableHasIdentity') = 1 DBCC CHECKIDENT ('[{table}]', RESEED, 0);");
            }

            foreach (var table in tables)
            {
                await db.Database.ExecuteSqlRawAsync($"ALTER TABLE [{table}] WITH CHECK CHECK CONSTRAINT ALL;");
            }
        }

        db.ChangeTracker.Clear();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        // The tables were emptied behind EF's back, so nothing evicted the cached public reads of the last test.
        var cache = scope.ServiceProvider.GetRequiredService<IOutputCacheStore>();
        foreach (var tag in PublicReadTags.All)
        {
            await cache.EvictByTagAsync(tag, CancellationToken.None);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _database == TestDatabase.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(_connectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }

        if (disposing && _database == TestDatabase.Postgres)
        {
            PostgresTestDatabases.Drop(_connectionString);
        }
    }
}
