namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A database the API tests run against: SQLite always; SQL Server when <c>VOLUNTEERS_TEST_SQLSERVER</c> and PostgreSQL
/// when <c>VOLUNTEERS_TEST_POSTGRES</c> holds a connection string (otherwise those fixtures are reported as ignored with
/// that reason).
/// </summary>
public sealed record TestDatabase(string Provider)
{
    public const string SqlServerVariable = "VOLUNTEERS_TEST_SQLSERVER";
    public const string PostgresVariable = "VOLUNTEERS_TEST_POSTGRES";

    public static readonly TestDatabase Sqlite = new("Sqlite");
    public static readonly TestDatabase SqlServer = new("SqlServer");
    public static readonly TestDatabase Postgres = new("Postgres");

    /// <summary>Every API test fixture runs once per database.</summary>
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData(Sqlite).SetArgDisplayNames("Sqlite");
        yield return new TestFixtureData(SqlServer).SetArgDisplayNames("SqlServer");
        yield return new TestFixtureData(Postgres).SetArgDisplayNames("Postgres");
    }

    /// <summary>The environment variable naming the server to run on; null for SQLite, which needs none.</summary>
    public string? ServerVariable => Provider switch
    {
        "SqlServer" => SqlServerVariable,
        "Postgres" => PostgresVariable,
        _ => null,
    };

    /// <summary>The names of a table's indexes, as one column <c>Value</c>; the table name is parameter {0}.</summary>
    public string IndexNamesSql => Provider switch
    {
        "SqlServer" => "SELECT name AS Value FROM sys.indexes WHERE object_id = OBJECT_ID({0})",
        "Postgres" => "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = {0}",
        _ => "SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = {0}",
    };

    public override string ToString() => Provider;
}
