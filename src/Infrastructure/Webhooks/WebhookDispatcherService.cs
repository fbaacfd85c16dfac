using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Webhooks;

namespace Volunteers.Infrastructure.Webhooks;

/// <summary>
/// Runs <see cref="WebhookDispatcher"/> passes in the background: again at once while there is work, else after the
/// polling interval; and once an hour purges what is older than the retention.
/// </summary>
internal sealed partial class WebhookDispatcherService(
    WebhookDispatcher dispatcher, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcherService> logger)
    : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatcherEnabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, settings.PollingIntervalSeconds));
        var nextPurge = clock.GetUtcNow();
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                if (clock.GetUtcNow() >= nextPurge)
                {
                    await dispatcher.PurgeAsync(stoppingToken);
                    nextPurge = clock.GetUtcNow() + PurgeInterval;
                }

                var pass = await dispatcher.RunOnceAsync(stoppingToken);
                busy = pass.Attempted >= settings.BatchSize;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unreachable; the next pass retries, and leases of this pass run out.
                LogPassFailed(logger, e);
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(interval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook dispatch pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
