namespace MemberCard.Application.StoredValue.TopUpAtTill;

/// <summary>The receipt, its JSON as stored, and whether it replays an earlier identical top-up.</summary>
public sealed record TopUpOutcome(TopUpReceipt Receipt, string Json, bool Replayed);
