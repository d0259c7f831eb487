namespace MemberCard.Application.Points.Common;

public sealed record LedgerEntryDto(
    long Id, string Kind, long Points, long BalanceAfter, DateTimeOffset OccurredAt, DateOnly BusinessDate,
    string? CardNumber, Guid? PurchaseId, string? Reason);
