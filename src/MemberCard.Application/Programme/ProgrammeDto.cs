namespace MemberCard.Application.Programme;

using MemberCard.Domain.Programme;

public sealed record ProgrammeDto(
    string TimeZone,
    IReadOnlyList<TierRuleDto> Tiers,
    decimal SinglePurchaseUpgradeThreshold,
    int UpgradeSpendWindowMonths,
    int DowngradeReviewWindowMonths,
    decimal BirthdayDiscountRate,
    decimal BirthdayPointsMultiplier,
    int PointsExpiryMonths,
    int PointsPerYuan,
    int? CardValidityMonths,
    string? DefaultOnlineBranchCode,
    decimal? MaxPointsMultiplier,
    IReadOnlyList<MilestoneRuleDto> Milestones,
    int MilestoneClaimMonths,
    IReadOnlyList<int> RedemptionMonths,
    int ComplaintResponseHours,
    FollowUpCadenceDto FollowUpCadence,
    DateTimeOffset UpdatedAt)
{
    public static ProgrammeDto From(ProgrammeSettings p) => new(
        p.TimeZone,
        p.Tiers.Select(t => new TierRuleDto(t.Tier, t.DiscountRate, t.PointsMultiplier, t.SpendThreshold, t.Benefits)).ToList(),
        p.SinglePurchaseUpgradeThreshold,
        p.UpgradeSpendWindowMonths,
        p.DowngradeReviewWindowMonths,
        p.BirthdayDiscountRate,
        p.BirthdayPointsMultiplier,
        p.PointsExpiryMonths,
        p.PointsPerYuan,
        p.CardValidityMonths,
        p.DefaultOnlineBranchCode,
        p.MaxPointsMultiplier,
        p.Milestones.Select(m => new MilestoneRuleDto(m.Points, m.GiftValue)).ToList(),
        p.MilestoneClaimMonths,
        p.RedemptionMonths,
        p.ComplaintResponseHours,
        FollowUpCadenceDto.From(p.FollowUpCadence),
        p.UpdatedAt);
}
