namespace MemberCard.Application.Checkout.CommitPurchase;

using Mediator;
using MemberCard.Application.Checkout.Common;

/// <summary>
/// Commits a purchase under the till's receipt number. A retry with the same receipt (or Idempotency-Key) and
/// the same body gets the first result back; the same receipt with a different body is refused.
/// </summary>
public sealed record CommitPurchaseCommand(
    string? ReceiptNo,
    string? Code,
    IReadOnlyList<CheckoutLineInput>? Lines,
    long? PointsUsed,
    bool IsCardApplicationPurchase,
    IReadOnlyList<PaymentInput>? Payments,
    string? IdempotencyKey) : ICommand<CommitOutcome>;
