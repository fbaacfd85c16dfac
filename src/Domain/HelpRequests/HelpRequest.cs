using Volunteers.Domain.Campaigns;
using Volunteers.Domain.Common;

namespace Volunteers.Domain.HelpRequests;

/// <summary>
/// A beneficiary's need for help ("Address of Care", emergency aid). Guards its lifecycle: New → Assigned (to a
/// shift) → Completed, or Cancelled from New or Assigned.
/// </summary>
public sealed class HelpRequest : Entity<Guid>
{
    public const int DetailsMaxLength = 2000;

    private HelpRequest()
    {
    }

    public Beneficiary Beneficiary { get; private set; } = null!;
    public HelpKind Kind { get; private set; }
    public string? Details { get; private set; }
    public DateOnly? PreferredDate { get; private set; }
    public HelpRequestStatus Status { get; private set; }
    public Guid? ShiftId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    public static HelpRequest Create(Beneficiary beneficiary, HelpKind kind, string? details, DateOnly? preferredDate, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Beneficiary = beneficiary,
        Kind = kind,
        Details = string.IsNullOrWhiteSpace(details) ? null : details.Trim(),
        PreferredDate = preferredDate,
        Status = HelpRequestStatus.New,
        CreatedAt = now,
    };

    /// <summary>Gives the request to a shift of a campaign that is still open.</summary>
    public void AssignTo(Shift shift, Campaign campaign, DateTimeOffset now)
    {
        if (shift.CampaignId != campaign.Id)
        {
            throw new ArgumentException("The shift belongs to another campaign.", nameof(shift));
        }

        EnsureTransition("assigned", HelpRequestStatus.New);
        if (campaign.IsClosed)
        {
            throw new DomainRuleViolationException("campaign-closed", $"The shift's campaign is {campaign.Status}; it takes no more requests.");
        }

        Status = HelpRequestStatus.Assigned;
        ShiftId = shift.Id;
        AssignedAt = now;
    }

    public void Complete(DateTimeOffset now)
    {
        EnsureTransition("completed", HelpRequestStatus.Assigned);
        Status = HelpRequestStatus.Completed;
        CompletedAt = now;
        Raise(new HelpRequestCompleted(Id, Kind, now));
    }

    public void Cancel(DateTimeOffset now)
    {
        EnsureTransition("cancelled", HelpRequestStatus.New, HelpRequestStatus.Assigned);
        Status = HelpRequestStatus.Cancelled;
        CancelledAt = now;
    }

    private void EnsureTransition(string verb, params HelpRequestStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new DomainRuleViolationException("help-request-invalid-transition",
                $"A {Status} help request cannot be {verb}; only a {string.Join(" or ", allowedFrom)} one can.");
        }
    }
}
