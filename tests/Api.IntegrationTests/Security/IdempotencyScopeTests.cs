using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Applications;
using Volunteers.Api.IntegrationTests.Builders;
using Volunteers.Api.IntegrationTests.Infrastructure;
using static Volunteers.Api.IntegrationTests.Builders.ApplicationBuilder;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>Anonymous callers' Idempotency-Keys are scoped to their client address.</summary>
public sealed class IdempotencyScopeTests(TestDatabase database) : RegistryApiTest(database)
{
    [Test]
    public async Task TwoAnonymousClients_WithTheSameKey_DoNotMeetEachOthersAnswers()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, RateLimitTests.ClientAddressFromHeader>()));
        using var first = factory.CreateClient();
        first.DefaultRequestHeaders.Add(RateLimitTests.ClientHeader, "203.0.113.10");
        using var second = factory.CreateClient();
        second.DefaultRequestHeaders.Add(RateLimitTests.ClientHeader, "203.0.113.20");
        using var third = factory.CreateClient();
        third.DefaultRequestHeaders.Add(RateLimitTests.ClientHeader, "203.0.113.30");
        var form = AnApplication().Build(HqToday);

        var mine = await first.SendAsync(Post(form, "order-1"));
        var theirsOtherBody = await second.SendAsync(Post(AnApplication().Build(HqToday), "order-1"));
        var theirsSameBody = await third.SendAsync(Post(form, "order-1"));

        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(theirsOtherBody.StatusCode, Is.EqualTo(HttpStatusCode.Created), "not 422: the key is theirs, not the first client's");
        Assert.That(theirsSameBody.Headers.Contains("Idempotent-Replayed"), Is.False, "never a replay of another client's answer");
        await AssertProblemAsync(theirsSameBody, HttpStatusCode.Conflict, "/application-duplicate");
    }

    private static HttpRequestMessage Post(object form, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = JsonContent.Create(form, options: Json.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}
