namespace Volunteers.Domain.Campaigns;

public enum CampaignKind
{
    Regular,
    Emergency,
    DisasterRelief,
    Event,
}
