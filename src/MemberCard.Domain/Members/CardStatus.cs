namespace MemberCard.Domain.Members;

public enum CardStatus
{
    Issued,
    Active,
    Frozen,
    Replaced,
    Cancelled,
}
