namespace MemberCard.Application.StoredValue.GetStoredValueSummary;

using Mediator;

/// <summary>Stored-value figures per branch for a month (yyyy-MM): every branch for head office, its own for a branch.</summary>
public sealed record GetStoredValueSummaryQuery(string? Month) : IQuery<IReadOnlyList<StoredValueSummaryRow>>;
