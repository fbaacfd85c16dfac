using Volunteers.Domain.Common;

namespace Volunteers.Domain.HelpRequests;

/// <summary>Help was given (partners hear of it as <c>help-request.completed</c>; statistics count it).</summary>
public sealed record HelpRequestCompleted(Guid HelpRequestId, HelpKind Kind, DateTimeOffset CompletedAt) : IDomainEvent;
