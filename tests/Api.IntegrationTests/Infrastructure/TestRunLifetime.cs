using Volunteers.Api.IntegrationTests.Infrastructure;

// In the root namespace, so that it wraps every fixture of the assembly (a SetUpFixture covers its namespace only).
namespace Volunteers.Api.IntegrationTests;

[SetUpFixture]
public sealed class TestRunLifetime
{
    [OneTimeTearDown]
    public void StopApis() => ApiTest.DisposeAll();
}
