namespace MemberCard.Application.MemberRights.ExportMyData;

using System.Text.Json;

public sealed record ExportedPurchaseReturn(
    int Sequence,
    Guid BranchId,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    JsonElement Lines,
    decimal ReturnedAmount,
    decimal MoneyRefund,
    long PointsRefunded,
    long PointsReversed,
    long PointsShortfall,
    decimal CashToCollect);
