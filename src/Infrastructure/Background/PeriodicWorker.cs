using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Volunteers.Infrastructure.Background;

/// <summary>
/// A periodic background pass, timed by <see cref="TimeProvider"/> (so tests move it with the clock).
/// <see cref="RunOnceAsync"/> is the single pass (tests call it directly); a failed pass is logged and retried on the
/// next tick. Passes are safe on several instances at once: what they take, they take with a lease or a conditional update.
/// </summary>
public abstract partial class PeriodicWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Whether this instance runs the worker at all.</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; answers how many items it handled.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, GetType().Name, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} pass failed; it runs again on the next tick")]
    private static partial void LogPassFailed(ILogger logger, string worker, Exception exception);
}
