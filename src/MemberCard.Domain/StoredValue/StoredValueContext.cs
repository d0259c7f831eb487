namespace MemberCard.Domain.StoredValue;

/// <summary>Where and why the balance moves: copied onto every ledger entry of the change.</summary>
public sealed record StoredValueContext(
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    Guid? BranchId,
    string? CardNumber,
    Guid? PurchaseId = null,
    Guid? TopUpId = null,
    string? ApprovedBy = null,
    string? Reason = null);
