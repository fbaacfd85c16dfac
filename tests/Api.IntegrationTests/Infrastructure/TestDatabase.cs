namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A database the API tests run against: SQLite always, SQL Server when <c>VOLUNTEERS_TEST_SQLSERVER</c> holds a
/// connection string (otherwise those fixtures are reported as ignored with that reason).
/// </summary>
public sealed record TestDatabase(string Provider)
{
    public const string SqlServerVariable = "VOLUNTEERS_TEST_SQLSERVER";

    public static readonly TestDatabase Sqlite = new("Sqlite");
    public static readonly TestDatabase SqlServer = new("SqlServer");

    /// <summary>Every API test fixture runs once per database.</summary>
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData(Sqlite).SetArgDisplayNames("Sqlite");
        yield return new TestFixtureData(SqlServer).SetArgDisplayNames("SqlServer");
    }

    public override string ToString() => Provider;
}
