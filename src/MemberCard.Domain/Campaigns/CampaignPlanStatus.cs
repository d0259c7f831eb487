namespace MemberCard.Domain.Campaigns;

/// <summary>
/// A branch may keep a plan as a Draft (its own, editable, unseen by head office) before submitting it; a
/// submitted plan waits as Submitted until head office approves or rejects it; both are final.
/// </summary>
public enum CampaignPlanStatus
{
    Submitted,
    Approved,
    Rejected,
    Draft,
}
