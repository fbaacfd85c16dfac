using Microsoft.Extensions.Hosting;

namespace Volunteers.Infrastructure.Idempotency;

/// <summary>Forgets idempotency keys once they are older than the retention (48 h, twice the promised 24 h).</summary>
internal sealed class IdempotencyPurgeService(IdempotencyStore store, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await store.PurgeExpiredAsync(stoppingToken);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed purge is retried on the next tick; keys only live a little longer.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
