namespace MemberCard.Domain.Programme;

public sealed record ProgrammeChange(
    string TimeZone,
    IReadOnlyList<TierRule> Tiers,
    decimal SinglePurchaseUpgradeThreshold,
    int UpgradeSpendWindowMonths,
    int DowngradeReviewWindowMonths,
    decimal BirthdayDiscountRate,
    decimal BirthdayPointsMultiplier,
    int PointsExpiryMonths,
    int PointsPerYuan,
    int? CardValidityMonths,
    string? DefaultOnlineBranchCode,
    decimal? MaxPointsMultiplier = null);
