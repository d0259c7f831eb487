namespace MemberCard.Application.StoredValue.Common;

/// <summary>What the provider confirms: our trade number, its transaction id, and the amount paid in fen.</summary>
public sealed record PaymentConfirmation(string TradeNo, string TransactionId, long AmountFen);
