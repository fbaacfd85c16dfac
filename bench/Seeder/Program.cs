using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Volunteers.Bench.Seeder;
using Volunteers.Infrastructure;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Persistence.Seeding;

// Usage: Seeder --db <file> [--scale 300000] [--admin-email e --admin-password p] [--work bench/.work]
//        Seeder --provider Postgres --connection "Host=…;Database=volunteers_bench;…" [the same options]
// Migrates a fresh database — a SQLite file, or a PostgreSQL database dropped and created anew — with the product's
// Infrastructure (migrations, reference data, the first admin from Bootstrap__AdminEmail/Bootstrap__AdminPassword or
// the arguments), inserts the benchmark's data set through the domain factories, writes <work>/signups.txt and
// <work>/import.csv (10,000 new volunteers to import) and prints
// the seed summary (JSON) to stdout.
var arguments = Arguments.Parse(args);
var provider = Enum.Parse<DatabaseProvider>(arguments.Optional("provider") ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
if (provider is not (DatabaseProvider.Sqlite or DatabaseProvider.Postgres))
{
    throw new ArgumentException("--provider is Sqlite or Postgres.");
}

var sqliteFile = provider == DatabaseProvider.Sqlite ? Path.GetFullPath(arguments.Required("db")) : null;
var connectionString = sqliteFile is null ? arguments.Required("connection") : $"Data Source={sqliteFile}";
var scale = int.Parse(arguments.Optional("scale") ?? "300000", CultureInfo.InvariantCulture);
var work = Path.GetFullPath(arguments.Optional("work") ?? Path.Combine("bench", ".work"));
Directory.CreateDirectory(work);
foreach (var file in sqliteFile is null ? [] : new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
{
    File.Delete(file);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
builder.Logging.ClearProviders();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Volunteers"] = connectionString,
    ["Database:Provider"] = provider.ToString(),
    ["Database:MigrateOnStartup"] = "true",
    ["Bootstrap:AdminEmail"] = arguments.Optional("admin-email") ?? builder.Configuration["Bootstrap:AdminEmail"] ?? "bench-admin@volunteers.local",
    ["Bootstrap:AdminPassword"] = arguments.Optional("admin-password") ?? builder.Configuration["Bootstrap:AdminPassword"] ?? "BenchAdmin123",
});
builder.Services.AddInfrastructure(builder.Configuration);
await using var app = builder.Build();

var started = TimeProvider.System.GetTimestamp();
await using (var scope = app.Services.CreateAsyncScope())
{
    if (sqliteFile is null)
    {
        // A fresh server database each run, as a fresh SQLite file is: the initializer then migrates it.
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.EnsureDeletedAsync(CancellationToken.None);
    }

    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

DataSet.Summary summary;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
    summary = await new DataSet(db, TimeProvider.System, scale, Path.Combine(work, "import.csv")).SeedAsync(CancellationToken.None);
}

SelfServiceData.Summary selfService;
await using (var scope = app.Services.CreateAsyncScope())
{
    selfService = await SelfServiceData.SeedAsync(
        scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(),
        scope.ServiceProvider.GetRequiredService<Volunteers.Application.Common.Interfaces.ISecretGenerator>(),
        TimeProvider.System,
        CancellationToken.None);
}

await File.WriteAllLinesAsync(Path.Combine(work, "signups.txt"), summary.SignUpPairs.Select(p => $"{p.ShiftId},{p.VolunteerId}"));
var report = new
{
    provider = provider.ToString(),
    database = sqliteFile ?? new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database,
    summary.SampleCampaignId,
    summary.SampleVolunteerId,
    summary.SampleSearch,
    summary.SampleSearchMatches,
    summary.Counts,
    signUpPairs = summary.SignUpPairs.Count,
    selfService,
    seconds = Math.Round(TimeProvider.System.GetElapsedTime(started).TotalSeconds, 1),
};
var json = JsonSerializer.Serialize(report, new JsonSerializerOptions
{
    WriteIndented = true,
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
});
await File.WriteAllTextAsync(Path.Combine(work, "seed.json"), json);
Console.WriteLine(json);

internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values;

    private Arguments(Dictionary<string, string> values) => _values = values;

    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected '--name value' pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        return new Arguments(values);
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => _values.GetValueOrDefault(name);
}
