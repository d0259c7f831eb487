namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedRedemption(
    Guid Id,
    string Kind,
    Guid? GiftId,
    string? GiftName,
    int Quantity,
    long Points,
    decimal Value,
    Guid? BranchId,
    string CardNumber,
    string? Reference,
    DateTimeOffset OccurredAt,
    DateOnly BusinessDate);
