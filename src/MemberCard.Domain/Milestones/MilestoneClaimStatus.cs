namespace MemberCard.Domain.Milestones;

public enum MilestoneClaimStatus
{
    Open,
    Claimed,
    Lapsed,
}
