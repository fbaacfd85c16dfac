using Volunteers.Domain.Common;

namespace Volunteers.Domain.Applications;

/// <summary>A coordinator approved an application: the applicant is now a trainee volunteer.</summary>
public sealed record ApplicationApproved(Guid ApplicationId, Guid VolunteerId) : IDomainEvent;
