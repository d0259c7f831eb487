namespace MemberCard.Application.MemberRights.ExportMyData;

/// <summary>A top-up at a till or ordered online.</summary>
public sealed record ExportedTopUp(
    Guid Id,
    string Channel,
    string Status,
    Guid BranchId,
    string? ReceiptNo,
    decimal Principal,
    decimal Bonus,
    string? PaymentMethod,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SettledAt);
