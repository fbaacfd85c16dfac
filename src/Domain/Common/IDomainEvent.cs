using Mediator;

namespace Volunteers.Domain.Common;

/// <summary>Something that happened in the domain; handled in Application inside the save that raised it, before its transaction commits.</summary>
public interface IDomainEvent : INotification;
