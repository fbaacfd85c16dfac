using System.Net;
using System.Text;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class ErrorModelTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task InvalidBody_Returns400WithErrorsPerField()
    {
        var response = await Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = "", password = "" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        var problem = await response.ReadJsonAsync();
        Assert.That(problem["errors"]!["email"], Is.Not.Null);
        Assert.That(problem["errors"]!["password"], Is.Not.Null);
    }

    [TestCase("kk", "міндетті")]
    [TestCase("ru", "обязательно")]
    [TestCase("en", "is required")]
    [TestCase("kk-KZ,kk;q=0.9", "міндетті")]
    [TestCase("de", "is required")]
    public async Task ValidationMessages_FollowAcceptLanguage(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = new StringContent("""{"email":"","password":"x"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await Anonymous.SendAsync(request);
        var problem = await response.ReadJsonAsync();
        Assert.That(problem["errors"]!["email"]![0]!.GetValue<string>(), Does.Contain(expected));
    }

    [TestCase("en", "'pageSize' must be between 1 and 100.")]
    [TestCase("ru", "«pageSize»")]
    public async Task ValidationMessages_NameTheFieldAsTheJsonDoes(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/campaigns?pageSize=101");
        request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await Anonymous.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That((await response.ReadJsonAsync())["errors"]!["pageSize"]![0]!.GetValue<string>(), Does.Contain(expected));
    }

    [Test]
    public async Task MalformedJson_Returns400Problem()
    {
        var response = await Anonymous.PostAsync("/api/v1/auth/login", new StringContent("{\"email\":", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/malformed-request");
    }

    [Test]
    public async Task WrongContentType_Returns415Problem()
    {
        var response = await Anonymous.PostAsync("/api/v1/auth/login", new StringContent("email=a", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "/unsupported-media-type");
    }

    [Test]
    public async Task BodyOverTheLimit_Returns413Problem()
    {
        var huge = new string('a', 1024 * 1024 + 10);
        var response = await Anonymous.PostAsync("/api/v1/auth/login", new StringContent($"{{\"email\":\"{huge}\",\"password\":\"x\"}}", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "/payload-too-large");
    }

    [Test]
    public async Task UnknownId_Returns404Problem()
    {
        var response = await Anonymous.GetAsync("/api/v1/directions/9999");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "/not-found");
    }

    [Test]
    public async Task UnknownRoute_Returns404Problem()
    {
        var response = await Anonymous.GetAsync("/api/v1/nothing-here");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "/not-found");
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/volunteers/not-a-guid"), HttpStatusCode.NotFound, "/not-found");
    }

    [Test]
    public async Task WrongMethod_Returns405Problem()
    {
        var response = await Anonymous.DeleteAsync("/api/v1/stats");
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "/method-not-allowed");
    }

    [Test]
    public async Task ProblemsTheFrameworkWrites_LookLikeOurs_WithAnApiTypeAndADetail()
    {
        using var coordinator = await CoordinatorAsync();
        var responses = new[]
        {
            await Anonymous.GetAsync("/api/v1/staff-accounts"),
            await coordinator.GetAsync("/api/v1/staff-accounts"),
            await Anonymous.GetAsync("/api/v1/nothing-here"),
            await Anonymous.DeleteAsync("/api/v1/stats"),
            await Anonymous.PostAsync("/api/v1/auth/login", new StringContent("email=a", Encoding.UTF8, "text/plain")),
        };
        foreach (var response in responses)
        {
            var problem = await response.ReadJsonAsync();
            Assert.That(problem["type"]!.GetValue<string>(), Does.StartWith("https://volunteers.astana.kz/problems/"), problem.ToJsonString());
            Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, problem.ToJsonString());
        }
    }

    [Test]
    public async Task BrokenDomainRule_Returns409WithTypeNamingTheRule()
    {
        using var admin = await AdminAsync();
        Assert.That((await admin.PostAsync("/api/v1/directions/6/deactivate", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var second = await admin.PostAsync("/api/v1/directions/6/deactivate", null);
        await AssertProblemAsync(second, HttpStatusCode.Conflict, "/direction-already-inactive");
    }

    [Test]
    public async Task MissingToken_Returns401Problem_AndWrongRole_Returns403Problem()
    {
        await AssertProblemAsync(await Anonymous.GetAsync("/api/v1/staff-accounts"), HttpStatusCode.Unauthorized, "/unauthorized");
        using var coordinator = await CoordinatorAsync();
        await AssertProblemAsync(await coordinator.GetAsync("/api/v1/staff-accounts"), HttpStatusCode.Forbidden, "/forbidden");
    }

    [Test]
    public async Task Problems_CarryNoStackTraceOutsideDevelopment()
    {
        var response = await Anonymous.PostAsync("/api/v1/auth/login", new StringContent("{\"email\":", Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
    }
}
