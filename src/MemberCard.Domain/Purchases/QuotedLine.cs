namespace MemberCard.Domain.Purchases;

/// <summary>One priced line: discount, the share of points used as payment, and its earning weight.</summary>
public sealed record QuotedLine(
    CheckoutLine Line,
    decimal ListAmount,
    DiscountKind DiscountKind,
    decimal DiscountRate,
    decimal DiscountAmount,
    decimal NetAmount,
    long PointsUsed,
    decimal PointsValue,
    decimal PaidAmount,
    bool EarnsPoints,
    decimal PointsMultiplier,
    decimal EarnWeight);
