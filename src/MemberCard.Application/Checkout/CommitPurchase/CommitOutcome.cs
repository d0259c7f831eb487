namespace MemberCard.Application.Checkout.CommitPurchase;

/// <summary>
/// The receipt, the JSON the till gets (the stored response is serialized once, and written as it is), and
/// whether it is a replay of an earlier identical commit.
/// </summary>
public sealed record CommitOutcome(PurchaseReceipt Receipt, string Json, bool Replayed);
