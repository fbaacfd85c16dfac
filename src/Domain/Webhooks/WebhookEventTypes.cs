using Volunteers.Domain.Partners;

namespace Volunteers.Domain.Webhooks;

/// <summary>The events that webhook subscribers can receive (the <c>type</c> of a delivery).</summary>
public static class WebhookEventTypes
{
    public const string ApplicationApproved = "application.approved";
    public const string CampaignPublished = "campaign.published";
    public const string CampaignCompleted = "campaign.completed";
    public const string HelpRequestCompleted = "help-request.completed";
    public const string MobilizationRosterCreated = "mobilization.roster-created";
    public const string MobilizationCalledUp = "mobilization.called-up";
    public const string CertificateIssued = "certificate.issued";

    public static readonly IReadOnlyList<string> All =
        [ApplicationApproved, CampaignPublished, CampaignCompleted, HelpRequestCompleted, MobilizationRosterCreated, MobilizationCalledUp, CertificateIssued];

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);

    /// <summary>
    /// The scope a partner needs to subscribe to <paramref name="type"/>: the scope that lets it read the same
    /// thing through the API. <c>null</c> when any partner may subscribe (the event carries ids only).
    /// </summary>
    public static string? RequiredScope(string type) => type switch
    {
        CampaignPublished or CampaignCompleted => PartnerScopes.CampaignsRead,
        HelpRequestCompleted => PartnerScopes.HelpRequestsRead,
        MobilizationRosterCreated or MobilizationCalledUp => PartnerScopes.MobilizationsRead,
        CertificateIssued => PartnerScopes.CertificatesRead,
        _ => null,
    };
}
