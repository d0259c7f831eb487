namespace MemberCard.Domain.Campaigns;

/// <summary>A filed plan waits as Submitted until head office approves or rejects it; both are final.</summary>
public enum CampaignPlanStatus
{
    Submitted,
    Approved,
    Rejected,
}
