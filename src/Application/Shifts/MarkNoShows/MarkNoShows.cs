using Mediator;
using Microsoft.Extensions.Options;

namespace Volunteers.Application.Shifts.MarkNoShows;

/// <summary>
/// The background pass behind no-shows: the confirmed sign-ups without a check-in of every shift that ended
/// <c>NoShow:AfterMinutes</c> ago or earlier become <c>NoShow</c>. Answers how many it marked.
/// </summary>
public sealed record MarkNoShowsCommand : ICommand<int>;

public sealed class MarkNoShowsCommandHandler(INoShowMarking marking, IOptions<NoShowOptions> options, TimeProvider clock)
    : ICommandHandler<MarkNoShowsCommand, int>
{
    public async ValueTask<int> Handle(MarkNoShowsCommand command, CancellationToken cancellationToken) =>
        await marking.MarkAsync(clock.GetUtcNow() - TimeSpan.FromMinutes(options.Value.AfterMinutes), cancellationToken);
}
