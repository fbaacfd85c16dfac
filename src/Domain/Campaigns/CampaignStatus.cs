namespace Volunteers.Domain.Campaigns;

public enum CampaignStatus
{
    Draft,
    Published,
    InProgress,
    Completed,
    Cancelled,
}
