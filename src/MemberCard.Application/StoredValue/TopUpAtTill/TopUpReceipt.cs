namespace MemberCard.Application.StoredValue.TopUpAtTill;

/// <summary>What the till prints for a top-up: what was paid in and credited, and the balance and tier after it.</summary>
public sealed record TopUpReceipt(
    Guid TopUpId,
    string ReceiptNo,
    string CardNumber,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    string? PackageName,
    decimal Paid,
    decimal Bonus,
    decimal Principal,
    decimal BonusBalance,
    decimal Balance,
    string Tier,
    string? TierChangeReason);
