using Volunteers.Domain.Common;

namespace Volunteers.Domain.Mobilizations;

/// <summary>A day's roster was drawn; everyone on it is being told (partners turn this into <c>mobilization.roster-created</c>).</summary>
public sealed record RosterCreated(
    Guid MobilizationId, Guid RosterId, DateOnly Date,
    IReadOnlyList<Guid> ActiveVolunteerIds, IReadOnlyList<Guid> ReserveVolunteerIds, DateTimeOffset RespondBy) : IDomainEvent;

/// <summary>A reserve volunteer took an active place that was declined or left unanswered (<c>mobilization.called-up</c>).</summary>
public sealed record VolunteerCalledUp(
    Guid MobilizationId, Guid RosterId, DateOnly Date, Guid VolunteerId, Guid ReplacedVolunteerId, DateTimeOffset RespondBy) : IDomainEvent;
