namespace MemberCard.Application.StoredValue.RefundPrincipal;

/// <summary>Principal paid back, bonus given up, who approved it, and the balance left (zero).</summary>
public sealed record RefundReceipt(string CardNumber, decimal PrincipalRefunded, decimal BonusForfeited, string ApprovedBy, DateTimeOffset OccurredAt, decimal Balance);
