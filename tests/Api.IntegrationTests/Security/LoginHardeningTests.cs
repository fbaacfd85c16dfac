using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>Sign-in refusals that tell nothing, and a lockout that parallel guessing cannot outrun.</summary>
public sealed class LoginHardeningTests(TestDatabase database) : ApiTest(database)
{
    private const string Admin = VolunteersApiFactory.AdminEmail;

    private CountingPasswordHasher Hasher => Factory.Services.GetRequiredService<CountingPasswordHasher>();

    protected override VolunteersApiFactory CreateOwnFactory() => new(Database, configureServices: CountingPasswordHasher.Install);

    [Test]
    public async Task FortyParallelWrongPasswords_CheckTheHashExactlyFiveTimes_AndLockTheAccount()
    {
        Hasher.Reset();

        var guesses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Anonymous.PostJsonAsync("/api/v1/auth/login", new { email = Admin, password = $"wrong-guess-{i}" })));

        Assert.That(guesses.Select(g => g.StatusCode), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(Hasher.ChecksOf(Admin), Is.EqualTo(5), "only five guesses reach the account's hash");
        await AssertProblemAsync(await Login(Admin, VolunteersApiFactory.AdminPassword), HttpStatusCode.Unauthorized);
        Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.That((await Login(Admin, VolunteersApiFactory.AdminPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UnknownEmail_WrongPassword_AndLockedAccount_GetTheSameProblem_AfterOneHashCheckEach()
    {
        var unknown = await Login("nobody@test.local", "Some-Password-1");
        var wrong = await Login(Admin, "Wrong-Password-1");
        for (var i = 0; i < 5; i++)
        {
            await Login(Admin, "Wrong-Password-1");
        }

        Hasher.Reset();
        var locked = await Login(Admin, VolunteersApiFactory.AdminPassword);
        var unknownAgain = await Login("nobody@test.local", "Some-Password-1");

        var problems = new List<JsonNode>();
        foreach (var response in new[] { unknown, wrong, locked, unknownAgain })
        {
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
            problems.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }

        Assert.That(problems.Select(p => $"{p["type"]}|{p["title"]}|{p["detail"]}").Distinct().ToList(), Has.Count.EqualTo(1),
            "status, type, title and detail alike");
        Assert.Multiple(() =>
        {
            Assert.That(Hasher.ChecksOf(Admin), Is.Zero, "a locked account's hash is not checked");
            Assert.That(Hasher.ChecksOfOthersThan(Admin), Is.EqualTo(2), "the locked account and the unknown e-mail each cost one decoy hash check");
        });
    }

    private Task<HttpResponseMessage> Login(string email, string password) =>
        Anonymous.PostJsonAsync("/api/v1/auth/login", new { email, password });
}
