namespace MemberCard.Domain.Points;

/// <summary>Where and why points move: copied onto every ledger entry of the change.</summary>
public sealed record PointsContext(
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    Guid? BranchId = null,
    Guid? PurchaseId = null,
    Guid? ReferenceId = null,
    string? CardNumber = null,
    string? Reason = null);
