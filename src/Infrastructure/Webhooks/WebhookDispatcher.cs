using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Webhooks;
using Volunteers.Domain.Webhooks;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Webhooks;

/// <summary>What one dispatch pass did.</summary>
/// <param name="Events">Outbox events turned into deliveries.</param>
/// <param name="Attempted">Deliveries this pass claimed and tried to send.</param>
/// <param name="Succeeded">Deliveries the receiver accepted.</param>
public sealed record WebhookDispatchResult(int Events, int Attempted, int Succeeded);

/// <summary>
/// Sends webhooks from the outbox. A pass (1) turns new outbox events into one delivery per subscription that wants
/// them, claiming each event with a conditional update so that it is fanned out once, and (2) claims due deliveries
/// with a lease — one atomic conditional UPDATE that takes only rows nobody holds or whose lease has run out — then
/// POSTs them signed and records the outcome only while it still holds the lease. Several instances on one database
/// may run passes at the same time; an event is never sent by two of them at once.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";
    public const string EventHeader = "X-Volunteers-Event";
    public const string DeliveryHeader = "X-Volunteers-Delivery";
    private const int FanOutBatchSize = 100;

    /// <summary>One pass: fan out new events, then send the deliveries that are due.</summary>
    public async Task<WebhookDispatchResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var events = await FanOutAsync(cancellationToken);
        var owner = Guid.NewGuid().ToString("N");
        var claimed = await ClaimDueAsync(owner, cancellationToken);
        var succeeded = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(claimed, parallel, async (work, token) =>
        {
            if (await DeliverAsync(work, owner, token))
            {
                Interlocked.Increment(ref succeeded);
            }
        });
        return new WebhookDispatchResult(events, claimed.Count, succeeded);
    }

    /// <summary>
    /// Forgets finished deliveries older than the retention, then the events that no delivery refers to any more.
    /// Pending deliveries are kept however old. Safe to run on several instances at once.
    /// </summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(Math.Max(1, options.Value.RetentionDays));
        var deliveries = await db.WebhookDeliveries
            .Where(d => d.Status != WebhookDeliveryStatus.Pending && d.CreatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var events = await db.OutboxMessages
            .Where(m => m.DispatchedAt != null && m.OccurredAt < cutoff && !db.WebhookDeliveries.Any(d => d.EventId == m.Id))
            .ExecuteDeleteAsync(cancellationToken);
        return deliveries + events;
    }

    private async Task<int> FanOutAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Take(FanOutBatchSize)
            .Select(m => new { m.Id, m.Type, m.OccurredAt })
            .ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            return 0;
        }

        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.DeletedAt == null).ToListAsync(cancellationToken);
        var fannedOut = 0;
        foreach (var message in messages)
        {
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.DispatchedAt == null)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.DispatchedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue; // another instance fanned it out a moment ago
            }

            db.WebhookDeliveries.AddRange(subscriptions
                .Where(s => s.Wants(message.Type, message.OccurredAt))
                .Select(s => WebhookDelivery.Schedule(s.Id, message.Id, message.Type, now)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            fannedOut++;
        }

        return fannedOut;
    }

    private async Task<List<ClaimedDelivery>> ClaimDueAsync(string owner, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var leaseUntil = now + settings.Lease;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil <= now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(Math.Max(1, settings.BatchSize))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // The claim: the WHERE is checked again under the row's write lock, so of two instances racing for a row
        // only one updates it. Deliveries of a subscription deleted meanwhile are not taken.
        await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id)
                        && d.Status == WebhookDeliveryStatus.Pending
                        && (d.LeaseUntil == null || d.LeaseUntil <= now)
                        && db.WebhookSubscriptions.Any(s => s.Id == d.SubscriptionId && s.DeletedAt == null))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.LeaseOwner, owner).SetProperty(x => x.LeaseUntil, leaseUntil), cancellationToken);

        return await (
                from d in db.WebhookDeliveries.AsNoTracking()
                join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
                join m in db.OutboxMessages on d.EventId equals m.Id
                where d.LeaseOwner == owner && d.Status == WebhookDeliveryStatus.Pending
                select new ClaimedDelivery(d.Id, m.Id, m.Type, m.OccurredAt, m.Data, s.Url, s.Secret, d.Attempts))
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> DeliverAsync(ClaimedDelivery work, string owner, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(
            d => d.Id == work.DeliveryId && d.LeaseOwner == owner && d.Status == WebhookDeliveryStatus.Pending, cancellationToken);
        if (delivery is null)
        {
            return false; // the lease ran out and another instance took it over
        }

        var body = WebhookSignature.Payload(work.EventId, work.EventType, work.OccurredAt, work.Data);
        using var request = new HttpRequestMessage(HttpMethod.Post, work.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(work.Secret, clock.GetUtcNow().ToUnixTimeSeconds(), body));
        request.Headers.Add(EventHeader, work.EventType);
        request.Headers.Add(DeliveryHeader, work.DeliveryId.ToString());

        int? statusCode = null;
        string? error = null;
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            statusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"The receiver answered HTTP {statusCode} {response.ReasonPhrase}.";
            }
        }
        catch (HttpRequestException e)
        {
            error = $"The request failed: {e.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"No answer within {options.Value.TimeoutSeconds} s.";
        }

        var now = clock.GetUtcNow();
        if (error is null)
        {
            delivery.RecordSuccess(now, statusCode!.Value);
        }
        else
        {
            delivery.RecordFailure(now, statusCode, error);
            LogAttemptFailed(logger, work.DeliveryId, work.EventType, work.Attempts + 1, error);
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            LogLeaseLost(logger, work.DeliveryId);
            return false;
        }

        return error is null;
    }

    private sealed record ClaimedDelivery(Guid DeliveryId, Guid EventId, string EventType, DateTimeOffset OccurredAt, string Data, string Url, string Secret, int Attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} ({EventType}) failed on attempt {Attempt}: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid deliveryId, string eventType, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId}: the lease ran out before the outcome was recorded; another dispatcher owns it now")]
    private static partial void LogLeaseLost(ILogger logger, Guid deliveryId);
}
