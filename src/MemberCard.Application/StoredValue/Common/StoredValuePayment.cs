namespace MemberCard.Application.StoredValue.Common;

/// <summary>The stored-value tender of a purchase: how much each part paid, and the balance after it.</summary>
public sealed record StoredValuePayment(decimal Used, decimal PrincipalUsed, decimal BonusUsed, decimal Principal, decimal Bonus, decimal Balance);
