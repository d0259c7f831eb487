namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedPurchaseLine(
    int LineNo,
    string Sku,
    string? Category,
    decimal Quantity,
    decimal UnitPrice,
    bool SpecialPrice,
    bool Promotion,
    decimal ListAmount,
    string DiscountKind,
    decimal DiscountAmount,
    decimal NetAmount,
    long PointsUsed,
    decimal PaidAmount,
    decimal ReturnedQuantity);
