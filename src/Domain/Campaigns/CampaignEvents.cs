using Volunteers.Domain.Common;

namespace Volunteers.Domain.Campaigns;

/// <summary>A campaign became visible to the public and open for sign-ups (partners hear of it as <c>campaign.published</c>).</summary>
public sealed record CampaignPublished(Guid CampaignId, DateTimeOffset PublishedAt) : IDomainEvent;

/// <summary>A campaign's work is done (partners hear of it as <c>campaign.completed</c>).</summary>
public sealed record CampaignCompleted(Guid CampaignId, DateTimeOffset CompletedAt) : IDomainEvent;

/// <summary>A seat was freed and the first volunteer on the shift's waitlist got it.</summary>
public sealed record WaitlistedVolunteerPromoted(Guid VolunteerId, Guid ShiftId, Guid CampaignId, DateTimeOffset PromotedAt) : IDomainEvent;

/// <summary>A shift moved to a new time or place before it started; reminders and calendars follow it.</summary>
public sealed record ShiftRescheduled(Guid ShiftId, Guid CampaignId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset RescheduledAt) : IDomainEvent;

/// <summary>A volunteer took a free seat on a shift when signing up (a seat given from the waitlist is <see cref="WaitlistedVolunteerPromoted"/>).</summary>
public sealed record SignUpConfirmed(Guid SignUpId, Guid VolunteerId, Guid ShiftId, Guid CampaignId, DateTimeOffset ConfirmedAt) : IDomainEvent;
