namespace Volunteers.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The database lanes that are not run, one skipped line each with the reason as its name (e.g. "SqlServer lane not
/// run: set VOLUNTEERS_TEST_SQLSERVER …"), in place of every API test reported as skipped once more per absent database.
/// </summary>
public sealed class DatabaseLanes
{
    public static IEnumerable<TestCaseData> AbsentLanes() =>
        TestDatabase.AbsentLanes().Select(reason => new TestCaseData(reason).SetName(reason));

    [TestCaseSource(nameof(AbsentLanes))]
    public void NotRun(string reason) => Assert.Ignore(reason);
}
