namespace MemberCard.Domain.Branches;

public enum BranchStatus
{
    Active,
    Closed,
}
