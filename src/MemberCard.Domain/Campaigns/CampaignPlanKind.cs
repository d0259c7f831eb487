namespace MemberCard.Domain.Campaigns;

public enum CampaignPlanKind
{
    Monthly,
    Quarterly,
}
