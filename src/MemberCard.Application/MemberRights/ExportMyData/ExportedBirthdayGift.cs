namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedBirthdayGift(
    Guid Id,
    Guid BranchId,
    string? BranchName,
    int Year,
    string GiftName,
    string? Description,
    string Status,
    DateTimeOffset IssuedAt,
    DateTimeOffset? CollectedAt,
    DateTimeOffset? ReturnedAt);
