using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Infrastructure.Email;
using Volunteers.Infrastructure.Mail;

namespace Volunteers.Api.IntegrationTests.Shifts;

/// <summary>
/// The shift mail tests' app: the mail sender does not run by itself (a test runs a pass when it wants one), links
/// point at the test server, and the attendance links are not rate-limited (one fixture proves that they are).
/// </summary>
public abstract partial class ShiftMailTest(TestDatabase database) : CampaignApiTest(database)
{
    protected static Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:SenderEnabled"] = "false",
            ["Links:PublicBaseUrl"] = "http://localhost",
            ["RateLimiting:AttendanceLink:PermitLimit"] = "100000",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>
    /// A pickup folder of this fixture's own, for fixtures that read the real .eml files
    /// (<c>Settings(("Mail:PickupDirectory", PickupDirectory))</c>); deleted after the fixture.
    /// </summary>
    protected string PickupDirectory { get; } = Path.Combine(Path.GetTempPath(), $"volunteers-mail-{Guid.NewGuid():N}");

    [OneTimeTearDown]
    public void DeletePickupDirectory()
    {
        if (Directory.Exists(PickupDirectory))
        {
            Directory.Delete(PickupDirectory, recursive: true);
        }
    }

    /// <summary>One pass of the mail sender, as the background worker runs it.</summary>
    protected Task<int> SendPassAsync() => Factory.Services.GetRequiredService<MailSenderWorker>().RunOnceAsync(CancellationToken.None);

    /// <summary>The token of the attendance link in a mail's text.</summary>
    protected static string TokenIn(string? body)
    {
        var match = AttendanceLink().Match(body ?? string.Empty);
        Assert.That(match.Success, Is.True, $"no attendance link in: {body}");
        return match.Groups["token"].Value;
    }

    protected Task<HttpResponseMessage> AnswerAsync(string token, string answer) =>
        Anonymous.PostJsonAsync($"/api/v1/attendance/{token}", new { answer });

    protected static async Task<JsonNode> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>A shift in a published campaign starting <paramref name="startsIn"/> from now, four hours long.</summary>
    protected async Task<Guid> ShiftStartingInAsync(HttpClient staff, TimeSpan startsIn, int capacity = 10)
    {
        var campaignId = await CampaignAsync(staff, "publish");
        var startsAt = Clock.GetUtcNow() + startsIn;
        return await AddShiftAsync(staff, campaignId, startsAt, startsAt.AddHours(4), capacity);
    }

    /// <summary>The newest .eml in <c>Mail:PickupDirectory</c> addressed to <paramref name="address"/>.</summary>
    protected async Task<MimeMessage> MailToAsync(string address)
    {
        var folder = Factory.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory;
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").OrderDescending().ToArray() : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == address))
            {
                return message;
            }
        }

        Assert.Fail($"No e-mail to {address} in {folder}.");
        return null!;
    }

    [GeneratedRegex(@"http://localhost/api/v1/attendance/(?<token>[A-Za-z0-9_\-]+)")]
    private static partial Regex AttendanceLink();
}
