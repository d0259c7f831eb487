namespace MemberCard.Domain.Branches;

public enum BranchKind
{
    Direct,
    Franchise,
}
