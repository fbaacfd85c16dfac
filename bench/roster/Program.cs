// The roster benchmark: seeds its own volunteers into a fresh SQLite file through the real DbContext and migrations,
// then times the roster use case (CreateRosterCommand through the same Mediator pipeline as the API) for several days.
// Usage: dotnet run -c Release -- [volunteers=100000] [runs=7] [dailyActive=500] [reserve=2000]
using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Volunteers.Application;
using Volunteers.Application.Common.Behaviours;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Application.Mobilizations.CreateMobilization;
using Volunteers.Application.Mobilizations.CreateRoster;
using Volunteers.Domain.Accounts;
using Volunteers.Domain.Volunteers;
using Volunteers.Infrastructure;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Persistence.Seeding;

var volunteers = Argument(0, 100_000);
var runs = Argument(1, 7);
var dailyActive = Argument(2, 500);
var reserve = Argument(3, 2000);

var directory = Path.Combine(Path.GetTempPath(), $"volunteers-roster-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(directory);
var databaseFile = Path.Combine(directory, "bench.db");

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Volunteers"] = $"Data Source={databaseFile}",
    ["Database:Provider"] = "Sqlite",
    ["Bootstrap:AdminEmail"] = "admin@bench.local",
    ["Bootstrap:AdminPassword"] = "Bench12345!",
    ["Mobilization:BackgroundWorkersEnabled"] = "false",
});
builder.Logging.ClearProviders();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddSingleton<ICurrentUser, CoordinatorAtTheBench>();
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Volunteers.Application.DependencyInjection), typeof(Volunteers.Domain.Common.IDomainEvent)];
    options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(ValidationBehaviour<,>)];
});
await using var app = builder.Build();

try
{
    await using (var scope = app.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
    }

    Console.WriteLine($"Seeding {volunteers:N0} volunteers into {databaseFile} ...");
    var seeding = Stopwatch.StartNew();
    var statuses = await SeedAsync(app.Services, volunteers);
    Console.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", statuses.Select(s => $"{s.Key} {s.Value:N0}"))}");

    var clock = app.Services.GetRequiredService<TimeProvider>();
    var firstDay = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
    Guid mobilizationId;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var created = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CreateMobilizationCommand(
            "Benchmark flood", "Timing the roster", firstDay, firstDay.AddDays(runs + 1), dailyActive, reserve));
        mobilizationId = created.Id;
    }

    Console.WriteLine($"Drawing a {dailyActive:N0} + {reserve:N0} roster for {runs} consecutive days (each day sees the previous days' rosters):");
    var timings = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var stopwatch = Stopwatch.StartNew();
        var roster = await sender.Send(new CreateRosterCommand(mobilizationId, firstDay.AddDays(run)));
        stopwatch.Stop();
        timings.Add(stopwatch.Elapsed.TotalMilliseconds);
        Console.WriteLine($"  run {run + 1} ({roster.Date:yyyy-MM-dd}): {stopwatch.Elapsed.TotalMilliseconds,7:0.0} ms  " +
                          $"active {roster.Active.Count:N0}, reserve {roster.Reserve.Count:N0}, shortfall {roster.Shortfall}");
    }

    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        Console.WriteLine($"  rows written: {await db.RosterEntries.CountAsync():N0} roster entries, {await db.OutboxMails.CountAsync():N0} queued e-mails");
    }

    var warm = timings.Skip(1).Order().ToList();
    Console.WriteLine($"First run (cold: JIT and EF query compilation): {timings[0]:0.0} ms");
    Console.WriteLine($"Median of the other {warm.Count} runs: {Median(warm):0.0} ms (min {warm.Min():0.0}, max {warm.Max():0.0})");
    Console.WriteLine($"Median of all {timings.Count} runs: {Median([.. timings.Order()]):0.0} ms");
}
finally
{
    await app.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(directory, recursive: true);
}

int Argument(int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static double Median(IReadOnlyList<double> sorted) =>
    sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

// 90 % Active, 4 % Reserve, 3 % Suspended, 2 % Retired, 1 % trainees; five districts; one or two of six directions.
static async Task<SortedDictionary<string, int>> SeedAsync(IServiceProvider services, int count)
{
    const int batchSize = 5000;
    var random = new Random(42);
    var districts = new[] { "Almaty", "Baikonur", "Yesil", "Saryarka", "Nura" };
    var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
    var iins = UniqueIins().GetEnumerator();
    var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
    for (var start = 0; start < count; start += batchSize)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = start; n < Math.Min(count, start + batchSize); n++)
        {
            iins.MoveNext();
            var person = new PersonalData($"Name{n}", $"Surname{n}", null, iins.Current,
                PhoneNumber.Parse($"+7701{n:0000000}"), $"volunteer{n}@bench.local");
            var district = districts[random.Next(districts.Length)];
            var first = random.Next(1, 7);
            int[] directions = random.Next(2) == 0 ? [first] : [first, (first % 6) + 1];
            string[] languages = random.Next(3) switch { 0 => ["kk", "ru"], 1 => ["ru"], _ => ["en", "ru"] };
            var roll = random.Next(100);
            var volunteer = roll == 0
                ? Volunteer.CreateTrainee(person, district, languages, directions, now)
                : Volunteer.ImportTrained(person, district, languages, directions, new DateOnly(2015 + random.Next(11), 6, 1), now);
            if (roll is >= 1 and < 5)
            {
                volunteer.ChangeStatus(VolunteerStatus.Reserve, "bench");
            }
            else if (roll is >= 5 and < 8)
            {
                volunteer.ChangeStatus(VolunteerStatus.Suspended, "bench");
            }
            else if (roll is >= 8 and < 10)
            {
                volunteer.ChangeStatus(VolunteerStatus.Retired, "bench");
            }

            statuses[volunteer.Status.ToString()] = statuses.GetValueOrDefault(volunteer.Status.ToString()) + 1;
            db.Volunteers.Add(volunteer);
        }

        await db.SaveChangesAsync();
    }

    return statuses;
}

// Valid IINs of people born 1975–2004, each birth date with several serial numbers.
static IEnumerable<Iin> UniqueIins()
{
    for (var day = new DateOnly(1975, 1, 1); ; day = day.AddDays(1))
    {
        var century = day.Year >= 2000 ? 5 : 3;
        for (var serial = 0; serial < 20; serial++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}{century}{serial:0000}");
            for (var check = 0; check <= 9; check++)
            {
                if (Iin.TryParse(prefix + check, out var iin, out _))
                {
                    yield return iin;
                    break;
                }
            }
        }
    }
}

/// <summary>The bench draws rosters as a coordinator would.</summary>
internal sealed class CoordinatorAtTheBench : ICurrentUser
{
    public Guid? AccountId { get; } = Guid.NewGuid();
    public Role? Role => Volunteers.Domain.Accounts.Role.Coordinator;
    public Guid? VolunteerId => null;
    public Guid? PartnerId => null;
    public bool IsAuthenticated => true;
}
