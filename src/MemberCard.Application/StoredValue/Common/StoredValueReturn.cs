namespace MemberCard.Application.StoredValue.Common;

/// <summary>
/// What a return put back on the balance (by part) and what is left of the money refund for the other tenders;
/// the balance after it.
/// </summary>
public sealed record StoredValueReturn(decimal Returned, decimal PrincipalReturned, decimal BonusReturned, decimal OtherTendersRefund, decimal Balance);
