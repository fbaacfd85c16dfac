using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteers.Application.Shifts;
using Volunteers.Application.Shifts.MarkNoShows;

namespace Volunteers.Infrastructure.Background;

/// <summary>Marks the no-shows (see <see cref="MarkNoShowsCommand"/>) every <c>NoShow:IntervalSeconds</c>.</summary>
public sealed class NoShowWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NoShowOptions> options, ILogger<NoShowWorker> logger)
    : PeriodicWorker(scopes, clock, logger)
{
    protected override bool Enabled => options.Value.BackgroundPassEnabled;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken) => SendInScopeAsync(new MarkNoShowsCommand(), cancellationToken);
}
