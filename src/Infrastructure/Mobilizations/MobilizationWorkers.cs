using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Mobilizations.EscalateUnansweredEntries;
using Volunteers.Application.Mobilizations.SendMobilizationNotifications;
using Volunteers.Infrastructure.Background;

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

/// <summary>A mobilisation pass (see <see cref="PeriodicWorker"/>), switched by <c>Mobilization:BackgroundWorkersEnabled</c>.</summary>
public abstract class PeriodicMobilizationWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MobilizationWorkerOptions> options, ILogger logger)
    : PeriodicWorker(scopes, clock, logger)
{
    protected IOptions<MobilizationWorkerOptions> Options { get; } = options;

    protected override bool Enabled => Options.Value.BackgroundWorkersEnabled;
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
