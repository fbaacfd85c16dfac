using Mediator;

namespace Volunteers.Domain.Common;

/// <summary>Something that happened in the domain; handled in Application after the transaction commits.</summary>
public interface IDomainEvent : INotification;
