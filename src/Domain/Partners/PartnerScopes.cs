namespace Volunteers.Domain.Partners;

/// <summary>What a partner system's API key may do. Each endpoint that partners may call names the scope it needs.</summary>
public static class PartnerScopes
{
    public const string CampaignsRead = "campaigns:read";
    public const string HelpRequestsRead = "help-requests:read";
    public const string HelpRequestsWrite = "help-requests:write";
    public const string MobilizationsRead = "mobilizations:read";
    public const string StatsRead = "stats:read";

    /// <summary>Verify hours certificates by code, and hear <c>certificate.issued</c>.</summary>
    public const string CertificatesRead = "certificates:read";

    public static readonly IReadOnlyList<string> All = [CampaignsRead, HelpRequestsRead, HelpRequestsWrite, MobilizationsRead, StatsRead, CertificatesRead];

    public static bool IsKnown(string? scope) => scope is not null && All.Contains(scope, StringComparer.Ordinal);
}
