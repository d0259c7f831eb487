namespace MemberCard.WeChatSimulator.Payments;

/// <summary>
/// A top-up order a shopper paid at the simulated provider, and every confirmation sent to the API for it (a
/// provider repeats its notices, so there may be several for one payment).
/// </summary>
public sealed record SimulatedPayment(
    string TransactionId,
    string TradeNo,
    long AmountFen,
    DateTimeOffset PaidAt,
    IReadOnlyList<ConfirmationRecord> Confirmations);
