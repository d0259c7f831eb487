namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>One movement of the stored-value balance.</summary>
public sealed record ExportedStoredValueEntry(
    long Id,
    string Kind,
    decimal Principal,
    decimal Bonus,
    decimal PrincipalAfter,
    decimal BonusAfter,
    DateTimeOffset OccurredAt,
    Guid? BranchId,
    string? CardNumber,
    Guid? PurchaseId,
    string? ApprovedBy,
    string? Reason);
