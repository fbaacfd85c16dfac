using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Mobilizations.EscalateUnansweredEntries;
using Volunteers.Application.Mobilizations.SendMobilizationNotifications;

namespace Volunteers.Infrastructure.Mobilizations;

/// <summary>Configuration section <c>Mobilization</c>: the background work of mobilisations.</summary>
public sealed class MobilizationWorkerOptions
{
    public const string SectionName = "Mobilization";

    /// <summary>Run the deadline worker and the mail sender in this instance (several instances may all run them).</summary>
    public bool BackgroundWorkersEnabled { get; set; } = true;

    public int EscalationIntervalSeconds { get; set; } = 30;

    public int MailIntervalSeconds { get; set; } = 10;
}

/// <summary>
/// A periodic pass in a fresh scope, timed by <see cref="TimeProvider"/>. <see cref="RunOnceAsync"/> is the single
/// pass (tests call it directly); a failed pass is logged and retried on the next tick.
/// </summary>
public abstract partial class PeriodicMobilizationWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MobilizationWorkerOptions> options, ILogger logger)
    : BackgroundService
{
    protected IOptions<MobilizationWorkerOptions> Options { get; } = options;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; answers how many items it handled.</summary>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Sends one message in a fresh scope (its own DbContext).</summary>
    protected async Task<int> SendInScopeAsync(ICommand<int> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Value.BackgroundWorkersEnabled)
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

/// <summary>Escalates active roster entries left unanswered past their deadline (see <see cref="EscalateUnansweredEntriesCommand"/>).</summary>
public sealed class RosterDeadlineWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MobilizationWorkerOptions> options, ILogger<RosterDeadlineWorker> logger)
    : PeriodicMobilizationWorker(scopes, clock, options, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(Options.Value.EscalationIntervalSeconds);

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        SendInScopeAsync(new EscalateUnansweredEntriesCommand(), cancellationToken);
}

/// <summary>Sends the queued mobilisation e-mails (see <see cref="SendMobilizationNotificationsCommand"/>), batch after batch.</summary>
public sealed class MobilizationMailSender(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MobilizationWorkerOptions> options, ILogger<MobilizationMailSender> logger)
    : PeriodicMobilizationWorker(scopes, clock, options, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Options.Value.MailIntervalSeconds);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int sent;
        do
        {
            sent = await SendInScopeAsync(new SendMobilizationNotificationsCommand(BatchSize), cancellationToken);
            total += sent;
        }
        while (sent == BatchSize);
        return total;
    }
}
