using System.Linq.Expressions;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.Campaigns;

/// <summary>What a coordinator decides about a campaign when creating or editing it.</summary>
public sealed record CampaignDetails(
    LocalizedText Title,
    LocalizedText Description,
    int DirectionId,
    CampaignKind Kind,
    string? DistrictCode,
    string? Location,
    DateOnly StartsOn,
    DateOnly EndsOn);

/// <summary>
/// A piece of work under one direction (акция). Guards its own lifecycle, Draft → Published → InProgress → Completed,
/// or Cancelled from any state but Completed; transitions are the coordinator's decision and not tied to the dates.
/// Every change increments <see cref="Version"/>, the concurrency token that the API shows as the ETag.
/// </summary>
public sealed class Campaign : Entity<Guid>
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int LocationMaxLength = 300;

    private Campaign()
    {
    }

    public LocalizedText Title { get; private set; } = null!;
    public LocalizedText Description { get; private set; } = null!;
    public int DirectionId { get; private set; }
    public CampaignKind Kind { get; private set; }
    public string? DistrictCode { get; private set; }
    public string? Location { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public CampaignStatus Status { get; private set; }

    /// <summary>Incremented by every change; a save based on an older version is refused.</summary>
    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>
    /// Anyone may see a published, running or completed campaign; a Draft or Cancelled one is staff business. The one
    /// definition: queries filter with it, <see cref="IsPublic"/> evaluates it in memory.
    /// </summary>
    public static readonly Expression<Func<Campaign, bool>> Public = c =>
        c.Status == CampaignStatus.Published || c.Status == CampaignStatus.InProgress || c.Status == CampaignStatus.Completed;

    private static readonly Func<Campaign, bool> IsPublicCompiled = Public.Compile();

    public bool IsPublic => IsPublicCompiled(this);

    /// <summary>Volunteers sign up for shifts of a published or running campaign only; queries filter with it.</summary>
    public static readonly Expression<Func<Campaign, bool>> AcceptingSignUps = c =>
        c.Status == CampaignStatus.Published || c.Status == CampaignStatus.InProgress;

    private static readonly Func<Campaign, bool> AcceptsSignUpsCompiled = AcceptingSignUps.Compile();

    /// <summary><see cref="AcceptingSignUps"/> evaluated in memory.</summary>
    public bool AcceptsSignUps => AcceptsSignUpsCompiled(this);

    /// <summary>A completed or cancelled campaign is history: it is no longer edited and gets no new shifts.</summary>
    public bool IsClosed => Status is CampaignStatus.Completed or CampaignStatus.Cancelled;

    public static Campaign Create(CampaignDetails details, DateTimeOffset now)
    {
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(now),
            Status = CampaignStatus.Draft,
            CreatedAt = now,
            Version = 1,
        };
        campaign.Apply(details, now);
        return campaign;
    }

    /// <summary>Edits the campaign's details; a completed or cancelled campaign stays as it ended.</summary>
    public void Update(CampaignDetails details, DateTimeOffset now)
    {
        EnsureOpen();
        Apply(details, now);
        Changed(now);
    }

    public void Publish(DateTimeOffset now)
    {
        MoveTo(CampaignStatus.Published, "published", now, CampaignStatus.Draft);
        PublishedAt = now;
        Raise(new CampaignPublished(Id, now));
    }

    public void Start(DateTimeOffset now)
    {
        MoveTo(CampaignStatus.InProgress, "started", now, CampaignStatus.Published);
        StartedAt = now;
    }

    public void Complete(DateTimeOffset now)
    {
        MoveTo(CampaignStatus.Completed, "completed", now, CampaignStatus.InProgress);
        CompletedAt = now;
        Raise(new CampaignCompleted(Id, now));
    }

    public void Cancel(DateTimeOffset now)
    {
        MoveTo(CampaignStatus.Cancelled, "cancelled", now, CampaignStatus.Draft, CampaignStatus.Published, CampaignStatus.InProgress);
        CancelledAt = now;
    }

    /// <summary>
    /// Whether a shift from <paramref name="startsAt"/> to <paramref name="endsAt"/> lies within the campaign's dates,
    /// which are calendar dates in the HQ's time zone: from the start of <see cref="StartsOn"/> to the end of <see cref="EndsOn"/>.
    /// </summary>
    public bool Covers(DateTimeOffset startsAt, DateTimeOffset endsAt, TimeZoneInfo hqTimeZone)
    {
        var localStart = TimeZoneInfo.ConvertTime(startsAt, hqTimeZone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(endsAt, hqTimeZone).DateTime;
        return localStart >= StartsOn.ToDateTime(TimeOnly.MinValue)
               && localEnd <= EndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue);
    }

    /// <summary>Plans a shift of this campaign: the campaign must still be open and the shift within its dates.</summary>
    public Shift PlanShift(DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity, string location, TimeZoneInfo hqTimeZone, DateTimeOffset now)
    {
        EnsureOpen();
        EnsureCovers(startsAt, endsAt, hqTimeZone);
        return Shift.Create(Id, startsAt, endsAt, capacity, location, now);
    }

    /// <summary>Moves one of this campaign's shifts: the campaign must still be open and the new time within its dates.</summary>
    public void RescheduleShift(Shift shift, DateTimeOffset startsAt, DateTimeOffset endsAt, string location, TimeZoneInfo hqTimeZone, DateTimeOffset now)
    {
        if (shift.CampaignId != Id)
        {
            throw new InvalidOperationException($"Shift {shift.Id} belongs to campaign {shift.CampaignId}, not {Id}.");
        }

        EnsureOpen();
        EnsureCovers(startsAt, endsAt, hqTimeZone);
        shift.Reschedule(startsAt, endsAt, location, now);
    }

    private void EnsureCovers(DateTimeOffset startsAt, DateTimeOffset endsAt, TimeZoneInfo hqTimeZone)
    {
        if (endsAt > startsAt && !Covers(startsAt, endsAt, hqTimeZone))
        {
            throw new DomainRuleViolationException("shift-outside-campaign-dates",
                $"A shift of this campaign must lie between {StartsOn:yyyy-MM-dd} and {EndsOn:yyyy-MM-dd} (HQ time).");
        }
    }

    /// <summary>Refuses a sign-up unless the campaign is published or running.</summary>
    public void EnsureAcceptsSignUps()
    {
        if (!AcceptsSignUps)
        {
            throw new DomainRuleViolationException("campaign-not-open-for-signups",
                $"Volunteers sign up for shifts of a published or running campaign; this one is {Status}.");
        }
    }

    /// <summary>Attendance is recorded for any campaign that took place, also afterwards, but not for a cancelled one.</summary>
    public void EnsureAttendanceCanBeRecorded()
    {
        if (Status == CampaignStatus.Cancelled)
        {
            throw new DomainRuleViolationException("campaign-cancelled", "The campaign was cancelled; no attendance is recorded for it.");
        }
    }

    /// <summary>Refuses changes to a completed or cancelled campaign (its details, shifts and rosters are history).</summary>
    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleViolationException("campaign-closed", $"The campaign is {Status}; it can no longer be changed.");
        }
    }

    private void Apply(CampaignDetails details, DateTimeOffset now)
    {
        if (details.EndsOn < details.StartsOn)
        {
            throw new DomainRuleViolationException("campaign-dates-out-of-order", "A campaign cannot end before it starts.");
        }

        Title = details.Title;
        Description = details.Description;
        DirectionId = details.DirectionId;
        Kind = details.Kind;
        DistrictCode = details.DistrictCode;
        Location = details.Location;
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        UpdatedAt = now;
    }

    private void MoveTo(CampaignStatus target, string verb, DateTimeOffset now, params CampaignStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new DomainRuleViolationException("campaign-invalid-transition",
                $"A {Status} campaign cannot be {verb}; only a {string.Join(" or ", allowedFrom)} one can.");
        }

        Status = target;
        Changed(now);
    }

    private void Changed(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
