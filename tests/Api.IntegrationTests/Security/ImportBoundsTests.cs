using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Security;

/// <summary>An import's answer (and its idempotency record) stays small, whatever the file holds.</summary>
public sealed class ImportBoundsTests(TestDatabase database) : ApiTest(database)
{
    private const string Url = "/api/v1/volunteers/import";
    private const string Header = "lastName;firstName;iin;dateOfBirth;phone;email;district;languages;directions;trainedOn\n";

    [Test]
    public async Task Import_OfAlmostTenMiBOfInvalidRows_Returns400NamingTheRowLimit_WithASmallAnswer()
    {
        using var admin = await AdminAsync();
        var csv = InvalidRows(count: 100_000);
        Assert.That(Encoding.UTF8.GetByteCount(csv), Is.InRange(5 * 1024 * 1024, 10 * 1024 * 1024));

        var response = await admin.PostAsync(Url, new StringContent(csv, Encoding.UTF8, "text/csv"));

        var text = await response.Content.ReadAsStringAsync();
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "/validation");
        Assert.That(JsonNode.Parse(text)!["errors"]!["rows"]![0]!.GetValue<string>(), Does.Contain("10000"));
        Assert.That(text.Length, Is.LessThan(10_000));
    }

    [Test]
    public async Task Import_OfTenThousandInvalidRows_ListsTheFirstThousandErrors_AndCountsThemAll_AndStoresASmallIdempotencyRecord()
    {
        using var admin = await AdminAsync();
        admin.Timeout = TimeSpan.FromMinutes(5);
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(InvalidRows(count: 10_000), Encoding.UTF8, "text/csv") };
        request.Headers.Add("Idempotency-Key", "big-import");

        var response = await admin.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text[..Math.Min(500, text.Length)]);
        var result = JsonNode.Parse(text)!;
        Assert.Multiple(() =>
        {
            Assert.That(result["imported"]!.GetValue<int>(), Is.Zero);
            Assert.That(result["errors"]!.AsArray(), Has.Count.EqualTo(1000));
            Assert.That(result["errorCount"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(10_000), "every invalid row has errors");
            Assert.That(text.Length, Is.LessThan(512 * 1024));
        });
        await using var scope = Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Key == "big-import");
        Assert.That(stored.Body!.Length, Is.LessThan(512 * 1024));
    }

    /// <summary>Rows whose every field is wrong, as a careless or hostile file would be.</summary>
    private static string InvalidRows(int count)
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < count; i++)
        {
            csv.Append("X;Y;123;not-a-date;12;not-an-email;Nowhere;xx;nothing;later\n");
        }

        return csv.ToString();
    }
}
