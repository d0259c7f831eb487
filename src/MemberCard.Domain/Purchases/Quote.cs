namespace MemberCard.Domain.Purchases;

using MemberCard.Domain.Programme;

/// <summary>The priced basket: what the till shows before commit and what the commit stores.</summary>
public sealed record Quote(
    IReadOnlyList<QuotedLine> Lines,
    Tier Tier,
    bool IsBirthday,
    decimal ListAmount,
    decimal DiscountAmount,
    decimal NetAmount,
    long PointsUsed,
    decimal PointsValue,
    decimal AmountDue,
    long PointsToEarn,
    long MaxPointsUsable,
    long SpendablePoints);
