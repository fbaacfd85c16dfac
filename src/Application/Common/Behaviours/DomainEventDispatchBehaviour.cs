using Mediator;
using Volunteers.Application.Common.Interfaces;

namespace Volunteers.Application.Common.Behaviours;

/// <summary>
/// After a command has saved, publishes the domain events of what it saved, so their handlers run on committed
/// data (e.g. passing the practice stage makes a trainee Active). Handlers may save and raise events in turn.
/// </summary>
public sealed class DomainEventDispatchBehaviour<TMessage, TResponse>(IApplicationDbContext db, IPublisher publisher)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            db.TakeSavedDomainEvents();
            throw;
        }

        for (var events = db.TakeSavedDomainEvents(); events.Count > 0; events = db.TakeSavedDomainEvents())
        {
            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }
        }

        return response;
    }
}
