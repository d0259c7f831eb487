namespace MemberCard.Application.Checkout.CommitPurchase;

/// <summary>The receipt and whether it is a replay of an earlier identical commit.</summary>
public sealed record CommitOutcome(PurchaseReceipt Receipt, bool Replayed);
