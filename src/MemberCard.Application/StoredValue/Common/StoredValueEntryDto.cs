namespace MemberCard.Application.StoredValue.Common;

/// <summary>One line of the stored-value history: signed amounts by part and the parts after it.</summary>
public sealed record StoredValueEntryDto(
    long Id,
    string Kind,
    decimal Amount,
    decimal Principal,
    decimal Bonus,
    decimal BalanceAfter,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate,
    string? CardNumber,
    Guid? PurchaseId,
    Guid? TopUpId);
