using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Volunteers.Api.IntegrationTests.Webhooks;

/// <summary>A webhook sent to the receiver: its headers and the exact bytes of its body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException(name);
}

/// <summary>
/// A partner's webhook endpoint for the tests: a real Kestrel server on 127.0.0.1 with a random port that records
/// what it receives and answers with scripted status codes (200 once the script is used up).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = null!;

    /// <summary>How long the receiver takes to answer, to widen race windows.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Answer with every request's status code when no scripted one is left.</summary>
    public int DefaultStatus { get; set; } = StatusCodes.Status200OK;

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.Single() + "/hooks";
        return receiver;
    }

    /// <summary>The status codes of the next requests, in order.</summary>
    public void RespondWith(params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            _script.Enqueue(status);
        }
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _received.Enqueue(new ReceivedWebhook(
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray()));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        return Results.StatusCode(_script.TryDequeue(out var status) ? status : DefaultStatus);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
