using System.Reflection;

namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A database the API tests run against: SQLite always, a server database when its environment variable holds a
/// connection string (a database the tests may empty). Fixtures are generated only for the databases present; the
/// absent ones are reported once, in one line each, by <see cref="TestRunLifetime"/>.
/// </summary>
/// <remarks>Another database is one more field here.</remarks>
public sealed record TestDatabase(string Provider, string? ConnectionStringVariable = null)
{
    public const string SqlServerVariable = "VOLUNTEERS_TEST_SQLSERVER";
    public const string PostgresVariable = "VOLUNTEERS_TEST_POSTGRES";

    public static readonly TestDatabase Sqlite = new("Sqlite");
    public static readonly TestDatabase SqlServer = new("SqlServer", SqlServerVariable);
    public static readonly TestDatabase Postgres = new("Postgres", PostgresVariable);

    /// <summary>Every database declared above, found by reflection so that adding one is a single line.</summary>
    public static IReadOnlyList<TestDatabase> Known { get; } =
        [.. typeof(TestDatabase).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(TestDatabase))
            .Select(field => (TestDatabase)field.GetValue(null)!)];

    /// <summary>The server's connection string from the environment; <c>null</c> for SQLite, which needs none.</summary>
    public string? ServerConnectionString =>
        ConnectionStringVariable is not null && Environment.GetEnvironmentVariable(ConnectionStringVariable) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : null;

    public bool IsAvailable => ConnectionStringVariable is null || ServerConnectionString is not null;

    /// <summary>Every API test fixture runs once per database that is available.</summary>
    public static IEnumerable<TestFixtureData> All() =>
        Known.Where(database => database.IsAvailable).Select(database => new TestFixtureData(database).SetArgDisplayNames(database.Provider));

    /// <summary>The databases whose fixtures were not generated, with the reason.</summary>
    public static IEnumerable<string> AbsentLanes() =>
        Known.Where(database => !database.IsAvailable)
            .Select(database => $"{database.Provider} lane not run: set {database.ConnectionStringVariable} to a connection string to run the API tests against {database.Provider} too.");

    /// <summary>The names of a table's indexes, as one column <c>Value</c>; the table name is parameter {0}.</summary>
    public string IndexNamesSql => Provider switch
    {
        "SqlServer" => "SELECT name AS Value FROM sys.indexes WHERE object_id = OBJECT_ID({0})",
        "Postgres" => "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = {0}",
        _ => "SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = {0}",
    };

    public override string ToString() => Provider;
}
