namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedPurchase(
    Guid Id,
    string ReceiptNo,
    Guid BranchId,
    string? BranchName,
    string CardNumber,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    decimal ListAmount,
    decimal DiscountAmount,
    decimal NetAmount,
    long PointsUsed,
    decimal PointsValue,
    decimal AmountDue,
    long PointsEarned,
    decimal ReturnedAmount,
    bool IsBirthday,
    string TierBefore,
    string TierAfter,
    IReadOnlyList<ExportedPurchaseLine> Lines,
    IReadOnlyList<ExportedPurchaseReturn> Returns);
