namespace MemberCard.Application.MemberRights.ExportMyData;

public sealed record ExportedMilestoneClaim(
    Guid Id,
    DateOnly CardYearStart,
    long MilestonePoints,
    long PointsEarned,
    decimal GiftValue,
    DateOnly EligibleOn,
    DateOnly LapsesOn,
    string Status,
    DateTimeOffset? ClaimedAt,
    Guid? ClaimedAtBranchId);
