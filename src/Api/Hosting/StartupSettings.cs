using System.Globalization;
using System.Net;
using Volunteers.Application.Shifts;
using Volunteers.Infrastructure.Persistence;
using Volunteers.Infrastructure.Persistence.Seeding;
using Volunteers.Infrastructure.Security;

namespace Volunteers.Api.Hosting;

/// <summary>
/// The settings a start refuses to run without: checked before anything is built or the database is touched, so a
/// half-configured instance stops with one line naming the key and what it accepts instead of half working.
/// </summary>
internal static class StartupSettings
{
    public const int MinimumSigningKeyLength = 32;

    /// <summary>The first setting that is missing or wrong, as one line for the operator; null when the start may go on.</summary>
    public static string? FindProblem(IConfiguration configuration, IHostEnvironment environment) =>
        SigningKeyProblem(configuration, environment)
        ?? ProviderProblem(configuration)
        ?? ConnectionStringProblem(configuration)
        ?? BootstrapAdminProblem(configuration, environment)
        ?? KnownProxiesProblem(configuration)
        ?? PublicLinks.FindProblem(configuration)
        ?? NoShowProblem(configuration)
        ?? ReminderSettings.FindProblem(configuration);

    /// <summary>The configured provider; call after <see cref="FindProblem"/> found none.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        Enum.Parse<DatabaseProvider>(configuration[$"{DatabaseOptions.SectionName}:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);

    private static string? SigningKeyProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[$"{JwtOptions.SectionName}:SigningKey"];
        if (string.IsNullOrEmpty(key))
        {
            return environment.IsDevelopment()
                ? null
                : $"Jwt:SigningKey is not set; outside Development it must be a random secret of at least {MinimumSigningKeyLength} characters.";
        }

        return key.Length < MinimumSigningKeyLength
            ? $"Jwt:SigningKey is {key.Length} characters long; it must be a random secret of at least {MinimumSigningKeyLength} characters."
            : null;
    }

    private static string? ProviderProblem(IConfiguration configuration)
    {
        var provider = configuration[$"{DatabaseOptions.SectionName}:Provider"];
        return provider is null || Enum.GetNames<DatabaseProvider>().Contains(provider, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"Database:Provider '{provider}' is not a database provider; accepted: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.";
    }

    private static string? ConnectionStringProblem(IConfiguration configuration)
    {
        var provider = Provider(configuration);
        if (provider == DatabaseProvider.Sqlite)
        {
            return null;
        }

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"ConnectionStrings:Volunteers is not set; Database:Provider {provider} needs a connection string to its server.";
        }

        return string.Equals(connectionString.Trim(), DatabaseOptions.DefaultSqliteConnectionString, StringComparison.OrdinalIgnoreCase)
            ? $"ConnectionStrings:Volunteers is still the SQLite default '{DatabaseOptions.DefaultSqliteConnectionString}'; Database:Provider {provider} needs a connection string to its server."
            : null;
    }

    private static string? BootstrapAdminProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return null;
        }

        string[] keys = [$"{BootstrapOptions.SectionName}:AdminEmail", $"{BootstrapOptions.SectionName}:AdminPassword"];
        var missing = keys.Where(k => string.IsNullOrWhiteSpace(configuration[k])).ToList();
        return missing.Count == 0
            ? null
            : $"{string.Join(" and ", missing)} must be set outside Development: the e-mail and password of the first admin account.";
    }

    private static string? NoShowProblem(IConfiguration configuration)
    {
        var key = $"{NoShowOptions.SectionName}:{nameof(NoShowOptions.AfterMinutes)}";
        var value = configuration[key];
        return value is null
               || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes <= NoShowOptions.MaxAfterMinutes)
            ? null
            : $"{key} '{value}' is not a number of minutes; accepted: a whole number from 0 to {NoShowOptions.MaxAfterMinutes} (minutes after a shift's end).";
    }

    private static string? KnownProxiesProblem(IConfiguration configuration)
    {
        var invalid = ReverseProxy.KnownProxies(configuration).FirstOrDefault(a => !IPAddress.TryParse(a, out _));
        return invalid is null
            ? null
            : $"Proxy:KnownProxies entry '{invalid}' is not an IP address; accepted: the IP addresses of the reverse proxies in front of the API (e.g. 10.0.0.5).";
    }
}
