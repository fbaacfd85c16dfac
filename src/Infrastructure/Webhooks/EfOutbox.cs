using System.Text.Json;
using System.Text.Json.Serialization;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Outbox;
using Volunteers.Domain.Webhooks;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Infrastructure.Webhooks;

/// <summary>Adds integration events to the request's own DbContext, so they are saved with the change that caused them.</summary>
internal sealed class EfOutbox(ApplicationDbContext db, TimeProvider clock) : IOutbox
{
    /// <summary>The API's JSON conventions: camelCase, enums as strings.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Add(string eventType, object data) => db.OutboxMessages.Add(Message(eventType, data, clock.GetUtcNow()));

    public static OutboxMessage Message(string eventType, object data, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!WebhookEventTypes.IsKnown(eventType))
        {
            throw new ArgumentException($"'{eventType}' is not one of {nameof(WebhookEventTypes)}.", nameof(eventType));
        }

        return OutboxMessage.Create(eventType, JsonSerializer.Serialize(data, data.GetType(), Json), now);
    }
}
