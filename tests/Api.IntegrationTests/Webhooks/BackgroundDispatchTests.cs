using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Webhooks;

namespace Volunteers.Api.IntegrationTests.Webhooks;

public sealed class BackgroundDispatchTests(TestDatabase database) : ApiTest(database)
{
    [Test]
    public async Task TheBackgroundDispatcher_DeliversOnItsOwn_AtThePollingInterval()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var factory = new VolunteersApiFactory(Database, new Dictionary<string, string?>
        {
            ["Webhooks:DispatcherEnabled"] = "true",
            ["Webhooks:PollingIntervalSeconds"] = "2",
        });
        using var anonymous = factory.CreateClient();
        var login = await (await anonymous.PostJsonAsync("/api/v1/auth/login",
            new { email = VolunteersApiFactory.AdminEmail, password = VolunteersApiFactory.AdminPassword })).ReadJsonAsync();
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login["accessToken"]!.GetValue<string>());
        var subscribed = await admin.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "campaign.completed" } });
        Assert.That(subscribed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var secret = (await subscribed.ReadJsonAsync())["secret"]!.GetValue<string>();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(WebhookEventTypes.CampaignCompleted, new { campaignId = Guid.NewGuid() });
            await scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().SaveChangesAsync(CancellationToken.None);
        }

        for (var tick = 0; tick < 100 && receiver.Received.Count == 0; tick++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }

        var received = receiver.Received.Single();
        Assert.That(SignatureVerifier.IsValid(received.Header("X-Volunteers-Signature"), received.Body, secret, factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)), Is.True);
    }
}
