namespace MemberCard.Application.Checkout.CommitPurchase;

using MemberCard.Application.Checkout.Common;
using MemberCard.Application.StoredValue.Common;

/// <summary>What the till prints: amounts, points earned and used, the balance and the tier after the purchase.</summary>
public sealed record PurchaseReceipt(
    Guid PurchaseId,
    string ReceiptNo,
    string CardNumber,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    IReadOnlyList<QuotedLineDto> Lines,
    IReadOnlyList<PaymentInput> Payments,
    decimal ListAmount,
    decimal DiscountAmount,
    decimal NetAmount,
    long PointsUsed,
    decimal PointsValue,
    decimal AmountDue,
    long PointsEarned,
    long PointsBalance,
    string TierBefore,
    string Tier,
    string? TierChangeReason,
    bool IsBirthday,
    StoredValuePayment? StoredValue = null);
