using Volunteers.Domain.Common;

namespace Volunteers.Domain.Campaigns;

/// <summary>
/// Staff recorded a volunteer's check-out from a shift: the shift is completed and its hours count. The school
/// listens to count practice shifts of trainees in stage 3.
/// </summary>
public sealed record VolunteerCheckedOut(Guid VolunteerId, Guid ShiftId, Guid CampaignId, DateTimeOffset CheckedInAt, DateTimeOffset CheckedOutAt) : IDomainEvent;
