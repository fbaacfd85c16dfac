using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Campaigns;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Infrastructure.Webhooks;

namespace Volunteers.Api.IntegrationTests.Webhooks;

/// <summary>
/// The webhook tests' shared setup: a receiver on loopback for every test, the app's dispatcher (the tests run its
/// passes themselves), and the steps they all take — subscribing, publishing an event, checking a signature.
/// </summary>
public abstract class WebhookTest(TestDatabase database) : CampaignApiTest(database)
{
    /// <summary>How old a signature a partner accepts, as docs/integrators.md advises.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    protected WebhookReceiver Receiver { get; private set; } = null!;

    protected WebhookDispatcher Dispatcher => Factory.Services.GetRequiredService<WebhookDispatcher>();

    [SetUp]
    public async Task StartReceiver() => Receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiver() => await Receiver.DisposeAsync();

    /// <summary>Subscribes the caller (a partner key or the admin) to <paramref name="events"/> at the receiver.</summary>
    protected Task<(Guid Id, string Secret)> SubscribeAsync(HttpClient client, params string[] events) =>
        SubscribeAtAsync(client, Receiver.Url, events);

    public static async Task<(Guid Id, string Secret)> SubscribeAtAsync(HttpClient client, string url, params string[] events)
    {
        var response = await client.PostJsonAsync("/api/v1/webhooks", new { url, events });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        return (body["id"]!.GetValue<Guid>(), body["secret"]!.GetValue<string>());
    }

    /// <summary>What a use case does: add the event through the outbox port, then save the unit of work.</summary>
    public static async Task PublishAsync(VolunteersApiFactory factory, string type, object data)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Add(type, data);
        await scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().SaveChangesAsync(CancellationToken.None);
    }

    protected Task PublishAsync(string type, object data) => PublishAsync(Factory, type, data);

    /// <summary>Whether the webhook's signature verifies with <paramref name="secret"/> now, by the test clock.</summary>
    protected bool IsSignedWith(ReceivedWebhook webhook, string secret) =>
        SignatureVerifier.IsValid(webhook.Header("X-Volunteers-Signature"), webhook.Body, secret, Clock.GetUtcNow(), Tolerance);
}
