namespace Volunteers.Api.IntegrationTests.Infrastructure;

[SetUpFixture]
public sealed class TestRunLifetime
{
    [OneTimeTearDown]
    public void StopApis() => ApiTest.DisposeAll();
}
