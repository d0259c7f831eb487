namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>The member's stored value: what they hold now, every movement of it, and every top-up they paid or ordered.</summary>
public sealed record ExportedStoredValue(
    decimal Principal,
    decimal Bonus,
    IReadOnlyList<ExportedStoredValueEntry> Ledger,
    IReadOnlyList<ExportedTopUp> TopUps);
