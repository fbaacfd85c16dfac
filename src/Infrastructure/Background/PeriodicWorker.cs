using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Volunteers.Infrastructure.Background;

/// <summary>
/// A periodic pass in a fresh scope, timed by <see cref="TimeProvider"/>. <see cref="RunOnceAsync"/> is the single
/// pass (tests call it directly); a failed pass is logged and retried on the next tick. Every instance runs it, so a
/// pass must be safe to run at once on several instances.
/// </summary>
public abstract partial class PeriodicWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Whether this instance runs the pass at all.</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; answers how many items it handled.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Where a pass opens its fresh scopes (and so its own DbContexts).</summary>
    protected IServiceScopeFactory Scopes => scopes;

    /// <summary>Sends one message in a fresh scope (its own DbContext).</summary>
    protected async Task<int> SendInScopeAsync(ICommand<int> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

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
