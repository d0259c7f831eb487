namespace MemberCard.Domain.Purchases;

public enum DiscountKind
{
    None,
    Tier,
    Birthday,
}
