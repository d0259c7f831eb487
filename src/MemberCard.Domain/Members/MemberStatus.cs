namespace MemberCard.Domain.Members;

public enum MemberStatus
{
    Active,
    Exited,
}
