using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Volunteers.Api.Hosting;

namespace Volunteers.Api.IntegrationTests.Hosting;

/// <summary>A half-configured start stops with one line naming the key and what it accepts (SPEC §5, production).</summary>
public sealed class StartupSettingsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Jwt:SigningKey"] = "a-production-signing-key-0123456789abcdef",
        ["Database:Provider"] = "SqlServer",
        ["ConnectionStrings:Volunteers"] = "Server=db.example;Database=Volunteers;User Id=api;Password=secret",
        ["Bootstrap:AdminEmail"] = "admin@hq.example",
        ["Bootstrap:AdminPassword"] = "Admin12345!",
    };

    [Test]
    public void CompleteProductionSettings_PassInProduction()
    {
        Assert.That(StartupSettings.FindProblem(Configuration(), Environment("Production")), Is.Null);
    }

    [TestCase("Jwt:SigningKey", "too-short-key", "Jwt:SigningKey is 13 characters long; it must be a random secret of at least 32 characters.")]
    [TestCase("Jwt:SigningKey", null, "Jwt:SigningKey is not set; outside Development it must be a random secret of at least 32 characters.")]
    [TestCase("Database:Provider", "Oracle", "Database:Provider 'Oracle' is not a database provider; accepted: Sqlite, SqlServer")]
    [TestCase("ConnectionStrings:Volunteers", null, "ConnectionStrings:Volunteers is not set; Database:Provider SqlServer needs a connection string to its server.")]
    [TestCase("ConnectionStrings:Volunteers", "Data Source=volunteers.db", "ConnectionStrings:Volunteers is still the SQLite default 'Data Source=volunteers.db'; Database:Provider SqlServer needs")]
    [TestCase("Bootstrap:AdminPassword", null, "Bootstrap:AdminPassword must be set outside Development: the e-mail and password of the first admin account.")]
    [TestCase("Proxy:KnownProxies:0", "proxy.example", "Proxy:KnownProxies entry 'proxy.example' is not an IP address; accepted:")]
    [TestCase("Links:PublicBaseUrl", "volunteers.example.kz", "Links:PublicBaseUrl 'volunteers.example.kz' is not a usable base; accepted: an absolute http or https URL")]
    [TestCase("Links:PublicBaseUrl", "ftp://volunteers.example.kz", "Links:PublicBaseUrl 'ftp://volunteers.example.kz' is not a usable base;")]
    [TestCase("NoShow:AfterMinutes", "two hours", "NoShow:AfterMinutes 'two hours' is not a number of minutes; accepted: a whole number from 0 to 43200")]
    [TestCase("NoShow:AfterMinutes", "-5", "NoShow:AfterMinutes '-5' is not a number of minutes; accepted:")]
    [TestCase("NoShow:AfterMinutes", "50000", "NoShow:AfterMinutes '50000' is not a number of minutes; accepted:")]
    [TestCase("Reminders:LeadMinutes:1", "0", "Reminders:LeadMinutes '0' is not a lead time; accepted: positive whole minutes")]
    [TestCase("Reminders:LeadMinutes:0", "-30", "Reminders:LeadMinutes '-30' is not a lead time;")]
    [TestCase("Reminders:LeadMinutes", "1440,two hours", "Reminders:LeadMinutes 'two hours' is not a lead time;")]
    public void OneWrongSetting_IsNamedInOneLine(string key, string? value, string expected)
    {
        var problem = StartupSettings.FindProblem(Configuration((key, value)), Environment("Production"));
        Assert.That(problem, Does.StartWith(expected));
        Assert.That(problem, Does.Not.Contain('\n'));
    }

    [Test]
    public void ReminderLeads_AreAListOrCommaSeparated_AndDefaultTo24And2Hours()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReminderSettings.LeadMinutes(Configuration()), Is.EqualTo(new[] { 1440, 120 }));
            Assert.That(ReminderSettings.LeadMinutes(Configuration(("Reminders:LeadMinutes:0", "60"), ("Reminders:LeadMinutes:1", "15"))), Is.EqualTo(new[] { 60, 15 }));
            Assert.That(ReminderSettings.LeadMinutes(Configuration(("Reminders:LeadMinutes", "2880, 30"))), Is.EqualTo(new[] { 2880, 30 }));
            Assert.That(StartupSettings.FindProblem(Configuration(("Reminders:LeadMinutes", "2880,30")), Environment("Production")), Is.Null);
        });
    }

    [Test]
    public void Development_FallsBackToItsOwnKeyAndAdmin_ButNotToAShortKey()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StartupSettings.FindProblem(Configuration(("Jwt:SigningKey", null), ("Bootstrap:AdminPassword", null)), Environment("Development")), Is.Null);
            Assert.That(StartupSettings.FindProblem(Configuration(("Jwt:SigningKey", "short")), Environment("Development")), Does.StartWith("Jwt:SigningKey is 5 characters long"));
        });
    }

    [Test]
    public void SqliteDefaultConnectionString_IsTheOneInAppSettings()
    {
        var appSettings = new ConfigurationBuilder().AddJsonFile(Path.Combine(ApiProcess.ProjectDirectory, "appsettings.json")).Build();
        Assert.That(appSettings.GetConnectionString("Volunteers"), Is.EqualTo(global::Volunteers.Infrastructure.Persistence.DatabaseOptions.DefaultSqliteConnectionString));
    }

    /// <summary>The real process: exit code 1, the one line on stderr, no stack trace, no database file created.</summary>
    [TestCase("Jwt:SigningKey", "too-short-key", "Jwt:SigningKey is 13 characters long")]
    [TestCase("ConnectionStrings:Volunteers", "Server=127.0.0.1,1;Database=Volunteers;User Id=api;Password=secret", "Database:Provider SqlServer: the database server 127.0.0.1:1 cannot be reached")]
    public async Task Process_WithAWrongSetting_ExitsNonZeroWithOneLine(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };
        var stopwatch = Stopwatch.StartNew();
        var (exitCode, output, errors) = await ApiProcess.RunToExitAsync(settings, "Production", TimeSpan.FromSeconds(60));
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output + errors);
            Assert.That(errors.Trim(), Does.StartWith(expected).And.Not.Contain('\n'), errors);
            Assert.That(output + errors, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        });
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] changes)
    {
        var settings = new Dictionary<string, string?>(Valid);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static FixedEnvironment Environment(string name) => new FixedEnvironment { EnvironmentName = name };

    private sealed class FixedEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Volunteers.Api";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
