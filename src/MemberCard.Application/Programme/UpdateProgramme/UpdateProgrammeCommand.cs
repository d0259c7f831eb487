namespace MemberCard.Application.Programme.UpdateProgramme;

using Mediator;

/// <summary>Replaces the programme settings as a whole (PUT semantics); every field is required.</summary>
public sealed record UpdateProgrammeCommand(
    string? TimeZone,
    IReadOnlyList<TierRuleDto>? Tiers,
    decimal? SinglePurchaseUpgradeThreshold,
    int? UpgradeSpendWindowMonths,
    int? DowngradeReviewWindowMonths,
    decimal? BirthdayDiscountRate,
    decimal? BirthdayPointsMultiplier,
    int? PointsExpiryMonths,
    int? PointsPerYuan,
    int? CardValidityMonths,
    string? DefaultOnlineBranchCode) : ICommand<ProgrammeDto>;
