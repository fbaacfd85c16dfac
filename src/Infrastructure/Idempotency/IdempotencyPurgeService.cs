using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Volunteers.Infrastructure.Idempotency;

/// <summary>Forgets idempotency keys once they are older than the retention (48 h, twice the promised 24 h).</summary>
internal sealed class IdempotencyPurgeService(IServiceScopeFactory scopes, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(stoppingToken);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed purge is retried on the next tick; keys only live a little longer.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
