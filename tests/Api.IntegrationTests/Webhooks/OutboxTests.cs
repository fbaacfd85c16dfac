using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteers.Api.IntegrationTests.Infrastructure;
using Volunteers.Application.Common.Interfaces;
using Volunteers.Domain.Common;
using Volunteers.Domain.Directions;
using Volunteers.Domain.Webhooks;
using Volunteers.Infrastructure.Persistence;

namespace Volunteers.Api.IntegrationTests.Webhooks;

public sealed class OutboxTests(TestDatabase database) : ApiTest(database)
{
    private enum Kind
    {
        Emergency,
    }

    [Test]
    public async Task AFailedSave_WritesNoEvent()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(WebhookEventTypes.CampaignPublished, new { campaignId = Guid.NewGuid() });
            db.Directions.Add(Direction.Create("social", new LocalizedText("Әлеуметтік", "Социальное"), new LocalizedText("-", "-"))); // the code is taken

            await Assert.ThatAsync(() => db.SaveChangesAsync(CancellationToken.None), Throws.InstanceOf<DbUpdateException>());
        }

        Assert.That(await CountOutboxAsync(), Is.Zero);
    }

    [Test]
    public async Task ASuccessfulSave_WritesTheEventWithTheChange_AsCamelCaseJson()
    {
        var campaignId = Guid.NewGuid();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
            scope.ServiceProvider.GetRequiredService<IOutbox>().Add(WebhookEventTypes.CampaignPublished, new { CampaignId = campaignId, Kind = Kind.Emergency, StartsOn = new DateOnly(2026, 3, 8) });
            db.Directions.Add(Direction.Create("animals", new LocalizedText("Жануарлар", "Животные"), new LocalizedText("-", "-")));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await using var check = Factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<ApplicationDbContext>().OutboxMessages.AsNoTracking().SingleAsync();
        Assert.That(stored.Type, Is.EqualTo("campaign.published"));
        Assert.That(stored.Data, Is.EqualTo($$"""{"campaignId":"{{campaignId}}","kind":"Emergency","startsOn":"2026-03-08"}"""));
        Assert.That(stored.OccurredAt, Is.EqualTo(Clock.GetUtcNow()));
        Assert.That(stored.DispatchedAt, Is.Null);
    }

    [Test]
    public void AddingAnUnknownEventType_IsAProgrammingError()
    {
        using var scope = Factory.Services.CreateScope();
        Assert.Throws<ArgumentException>(() => scope.ServiceProvider.GetRequiredService<IOutbox>().Add("campaign.exploded", new { }));
    }

    private async Task<int> CountOutboxAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OutboxMessages.CountAsync();
    }
}
