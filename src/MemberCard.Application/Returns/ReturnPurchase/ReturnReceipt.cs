namespace MemberCard.Application.Returns.ReturnPurchase;

using MemberCard.Application.StoredValue.Common;

/// <summary>
/// What the till settles: <see cref="MoneyRefund"/> to give back, and <see cref="CashToCollect"/> for earned
/// points the member had already spent.
/// </summary>
public sealed record ReturnReceipt(
    Guid PurchaseId,
    string ReceiptNo,
    int ReturnSequence,
    IReadOnlyList<ReturnLineInput> Lines,
    decimal ReturnedAmount,
    decimal MoneyRefund,
    long PointsRefunded,
    long PointsReversed,
    long PointsShortfall,
    decimal CashToCollect,
    long PointsExpiredForgiven,
    long PointsBalance,
    bool FullyReturned,
    StoredValueReturn? StoredValue = null);
