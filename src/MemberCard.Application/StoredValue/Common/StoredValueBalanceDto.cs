namespace MemberCard.Application.StoredValue.Common;

/// <summary>A member's stored value: principal (refundable), bonus, their sum, and what the card may hold.</summary>
public sealed record StoredValueBalanceDto(decimal Principal, decimal Bonus, decimal Balance, decimal MaxBalance);
