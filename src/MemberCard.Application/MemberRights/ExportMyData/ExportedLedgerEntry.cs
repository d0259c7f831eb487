namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedLedgerEntry(
    long Id,
    string Kind,
    long Points,
    long BalanceAfter,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    Guid? BranchId,
    string? CardNumber,
    Guid? PurchaseId,
    Guid? ReferenceId,
    string? Reason);
