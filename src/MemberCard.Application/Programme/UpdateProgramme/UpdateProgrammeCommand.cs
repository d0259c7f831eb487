namespace MemberCard.Application.Programme.UpdateProgramme;

using Mediator;

/// <summary>
/// Replaces the programme settings (PUT semantics). <see cref="MaxPointsMultiplier"/> null means no cap; the
/// milestone, redemption-window, follow-up cadence and complaint deadline fields may be left out to keep their current values.
/// </summary>
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
    string? DefaultOnlineBranchCode,
    decimal? MaxPointsMultiplier = null,
    IReadOnlyList<MilestoneRuleDto>? Milestones = null,
    int? MilestoneClaimMonths = null,
    IReadOnlyList<int>? RedemptionMonths = null,
    FollowUpCadenceDto? FollowUpCadence = null,
    int? ComplaintResponseHours = null) : ICommand<ProgrammeDto>;
