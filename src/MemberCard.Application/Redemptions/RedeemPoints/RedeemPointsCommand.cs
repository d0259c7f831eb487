namespace MemberCard.Application.Redemptions.RedeemPoints;

using Mediator;

/// <summary>
/// Spends points outside a purchase: a catalogue gift (<see cref="GiftId"/>, <see cref="Quantity"/>) or, at a
/// branch counter, a payment of <see cref="Points"/>. A shopper redeems on their own card (no code); a branch
/// names the scanned card. A repeated <see cref="Reference"/> returns the first redemption.
/// </summary>
public sealed record RedeemPointsCommand(string? Code, Guid? GiftId, int? Quantity, long? Points, string? Reference) : ICommand<RedemptionReceipt>;
