using System.Net;
using System.Net.Http.Headers;
using Volunteers.Api.IntegrationTests.Infrastructure;

namespace Volunteers.Api.IntegrationTests.Foundation;

public sealed class PublicReadCachingTests(TestDatabase database) : ApiTest(database)
{
    [TestCase("/api/v1/directions")]
    [TestCase("/api/v1/districts")]
    [TestCase("/api/v1/training-stages")]
    public async Task PublicRead_SendsAnETag_AndAnswers304WhenItMatches(string url)
    {
        var first = await Anonymous.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.That(etag, Is.Not.Null);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(etag!);
        var second = await Anonymous.SendAsync(revalidate);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        var third = await Anonymous.SendAsync(stale);
        Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await third.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task CachedRead_ShowsAChangeAtOnce()
    {
        var before = await Anonymous.GetAsync("/api/v1/directions");
        await Anonymous.GetAsync("/api/v1/directions");

        using var admin = await AdminAsync();
        var renamed = await admin.PutJsonAsync("/api/v1/directions/1",
            new { name = new { kk = "Жаңа атау", ru = "Новое название", en = "New name" }, description = new { kk = "с", ru = "о" } });
        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var after = await Anonymous.GetAsync("/api/v1/directions");
        Assert.That(after.Headers.ETag, Is.Not.EqualTo(before.Headers.ETag));
        Assert.That(await after.Content.ReadAsStringAsync(), Does.Contain("New name"));
    }
}
