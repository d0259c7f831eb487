namespace MemberCard.Domain.Programme;

/// <summary>Card levels in ascending order; the numeric order is the upgrade path.</summary>
public enum Tier
{
    Regular = 0,
    Silver = 1,
    Gold = 2,
    Diamond = 3,
}
