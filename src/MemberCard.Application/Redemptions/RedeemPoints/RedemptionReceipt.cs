namespace MemberCard.Application.Redemptions.RedeemPoints;

public sealed record RedemptionReceipt(
    Guid RedemptionId, string Kind, Guid? GiftId, int Quantity, long Points, decimal Value, string CardNumber,
    string? Reference, DateTimeOffset OccurredAt, long PointsBalance);
