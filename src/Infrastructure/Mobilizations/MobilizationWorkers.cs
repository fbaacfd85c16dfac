using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Mobilizations.EscalateUnansweredEntries;
using Volunteers.Infrastructure.Background;

namespace Volunteers.Infrastructure.Mobilizations;

/// <summary>Configuration section <c>Mobilization</c>: the background work of mobilisations (their mails go through the mail outbox).</summary>
public sealed class MobilizationWorkerOptions
{
    public const string SectionName = "Mobilization";

    /// <summary>Run the deadline worker in this instance (several instances may all run it).</summary>
    public bool BackgroundWorkersEnabled { get; set; } = true;

    public int EscalationIntervalSeconds { get; set; } = 30;
}

/// <summary>Escalates active roster entries left unanswered past their deadline (see <see cref="EscalateUnansweredEntriesCommand"/>).</summary>
public sealed class RosterDeadlineWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MobilizationWorkerOptions> options, ILogger<RosterDeadlineWorker> logger)
    : PeriodicWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.BackgroundWorkersEnabled;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.EscalationIntervalSeconds);

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        SendInScopeAsync(new EscalateUnansweredEntriesCommand(), cancellationToken);
}
