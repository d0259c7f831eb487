namespace MemberCard.Domain.Programme;

using MemberCard.Domain.Common;
using MemberCard.Domain.StoredValue;

/// <summary>
/// The chain's one card programme. Every business number lives here so head office can change it;
/// code never hard-codes a default beyond <see cref="CreateDefault"/>.
/// </summary>
public sealed class ProgrammeSettings : AggregateRoot
{
    public const int SingletonId = 1;
    public const int DefaultComplaintResponseHours = 48;
    public const int MaxComplaintResponseHours = 30 * 24;

    private readonly List<TierRule> _tiers = [];
    private readonly List<MilestoneRule> _milestones = [];

    private ProgrammeSettings()
    {
        TimeZone = "Asia/Shanghai";
    }

    public int Id { get; private set; }

    public string TimeZone { get; private set; }

    /// <summary>Ordered from Regular to Diamond.</summary>
    public IReadOnlyList<TierRule> Tiers => _tiers.AsReadOnly();

    /// <summary>Milestone gifts (返礼) by points earned in a card year, ascending.</summary>
    public IReadOnlyList<MilestoneRule> Milestones => _milestones.AsReadOnly();

    public int MilestoneClaimMonths { get; private set; }

    /// <summary>Months (1–12) in which gifts can be redeemed; empty means any month.</summary>
    public List<int> RedemptionMonths { get; private set; } = [];

    /// <summary>A single purchase of at least this amount makes the shopper Silver on the spot.</summary>
    public decimal SinglePurchaseUpgradeThreshold { get; private set; }

    public int UpgradeSpendWindowMonths { get; private set; }

    public int DowngradeReviewWindowMonths { get; private set; }

    public decimal BirthdayDiscountRate { get; private set; }

    public decimal BirthdayPointsMultiplier { get; private set; }

    public int PointsExpiryMonths { get; private set; }

    /// <summary>Points that pay one yuan at the till.</summary>
    public int PointsPerYuan { get; private set; }

    /// <summary>Upper bound on the product of earning multipliers; null means they simply multiply.</summary>
    public decimal? MaxPointsMultiplier { get; private set; }

    /// <summary>Card validity in months; null means cards do not expire.</summary>
    public int? CardValidityMonths { get; private set; }

    /// <summary>Hours from a complaint's submission within which the branch must answer it (default 48).</summary>
    public int ComplaintResponseHours { get; private set; }

    /// <summary>Follow-up cadence: minutes to the thank-you message (see <see cref="FollowUpCadence"/>).</summary>
    public int FollowUpThankYouMinutes { get; private set; }

    public int FollowUpCareDays { get; private set; }

    public int FollowUpGreetingWeeks { get; private set; }

    /// <summary>Months to each of the four follow-up calls, ascending.</summary>
    public List<int> FollowUpCallMonths { get; private set; } = [];

    public FollowUpCadenceRule FollowUpCadence => new(FollowUpThankYouMinutes, FollowUpCareDays, FollowUpGreetingWeeks, FollowUpCallMonths.AsReadOnly());

    /// <summary>Home branch of online applications that do not name one.</summary>
    public string? DefaultOnlineBranchCode { get; private set; }

    /// <summary>Stored value: the most a card's balance (principal and bonus) may hold.</summary>
    public decimal StoredValueMaxBalance { get; private set; }

    /// <summary>Stored value: which part a payment uses first (default bonus first, principal last).</summary>
    public StoredValueSpendOrder StoredValueSpendOrder { get; private set; }

    /// <summary>
    /// Stored value: when set, deposits do not count toward the tier thresholds. Stored negated so that the
    /// default (deposits count) is the column's zero value, also for a programme row that predates the setting.
    /// </summary>
    public bool IgnoreDepositsForTier { get; private set; }

    public bool DepositsCountForTier => !IgnoreDepositsForTier;

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static ProgrammeSettings CreateDefault(DateTimeOffset now)
    {
        var settings = new ProgrammeSettings
        {
            Id = SingletonId,
            TimeZone = "Asia/Shanghai",
            SinglePurchaseUpgradeThreshold = 680m,
            UpgradeSpendWindowMonths = 12,
            DowngradeReviewWindowMonths = 24,
            BirthdayDiscountRate = 0.85m,
            BirthdayPointsMultiplier = 2m,
            PointsExpiryMonths = 24,
            PointsPerYuan = 100,
            CardValidityMonths = null,
            MilestoneClaimMonths = 3,
            ComplaintResponseHours = DefaultComplaintResponseHours,
            StoredValueMaxBalance = 5_000m,
            StoredValueSpendOrder = StoredValueSpendOrder.BonusFirst,
            IgnoreDepositsForTier = false,
            UpdatedAt = now,
        };
        settings.SetFollowUpCadence(FollowUpCadenceRule.Default);
        settings._milestones.AddRange(
        [
            MilestoneRule.Create(5_000, 200m),
            MilestoneRule.Create(8_000, 500m),
            MilestoneRule.Create(10_000, 800m),
            MilestoneRule.Create(15_000, 1_380m),
        ]);
        settings._tiers.AddRange(
        [
            TierRule.Create(Tier.Regular, 1.00m, 1m, 0m, "Member prices and points on every purchase"),
            TierRule.Create(Tier.Silver, 0.95m, 1m, 1_000m, "Priority service"),
            TierRule.Create(Tier.Gold, 0.90m, 2m, 10_000m, "Priority service; priority event invitations"),
            TierRule.Create(Tier.Diamond, 0.88m, 2m, 30_000m, "Dedicated service; priority event invitations"),
        ]);
        return settings;
    }

    public TierRule RuleFor(Tier tier) => _tiers.Single(t => t.Tier == tier);

    public TimeZoneInfo BusinessTimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateOnly BusinessDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, BusinessTimeZone).DateTime);

    public void Update(ProgrammeChange change, DateTimeOffset now)
    {
        var tiers = change.Tiers.OrderBy(t => t.Tier).ToList();
        if (tiers.Select(t => t.Tier).Distinct().Count() != Enum.GetValues<Tier>().Length || tiers.Count != Enum.GetValues<Tier>().Length)
        {
            throw new DomainException("programme.tiers_incomplete", "Every tier (Regular, Silver, Gold, Diamond) must be defined exactly once.");
        }

        if (tiers[0].SpendThreshold != 0m)
        {
            throw new DomainException("programme.threshold_invalid", "The Regular tier has no spend threshold (0).");
        }

        for (var i = 1; i < tiers.Count; i++)
        {
            if (tiers[i].SpendThreshold <= tiers[i - 1].SpendThreshold)
            {
                throw new DomainException("programme.thresholds_not_ascending", "Tier spend thresholds must rise from Regular to Diamond.");
            }
        }

        if (!IsKnownTimeZone(change.TimeZone))
        {
            throw new DomainException("programme.time_zone_unknown", "The time zone is not known.");
        }

        if (change.BirthdayDiscountRate is <= 0m or > 1m)
        {
            throw new DomainException("programme.discount_invalid", "The birthday discount rate is greater than 0 and at most 1.");
        }

        if (change.PointsExpiryMonths is < 1 or > 120 || change.PointsPerYuan is < 1 or > 10_000
            || change.UpgradeSpendWindowMonths is < 1 or > 60 || change.DowngradeReviewWindowMonths is < 1 or > 120
            || change.CardValidityMonths is < 1 or > 600 || change.SinglePurchaseUpgradeThreshold < 0m
            || change.BirthdayPointsMultiplier is < 0m or > 100m || change.MaxPointsMultiplier is <= 0m or > 1000m)
        {
            throw new DomainException("programme.value_out_of_range", "A programme setting is out of its allowed range.");
        }

        TimeZone = change.TimeZone;
        SinglePurchaseUpgradeThreshold = change.SinglePurchaseUpgradeThreshold;
        UpgradeSpendWindowMonths = change.UpgradeSpendWindowMonths;
        DowngradeReviewWindowMonths = change.DowngradeReviewWindowMonths;
        BirthdayDiscountRate = change.BirthdayDiscountRate;
        BirthdayPointsMultiplier = change.BirthdayPointsMultiplier;
        PointsExpiryMonths = change.PointsExpiryMonths;
        PointsPerYuan = change.PointsPerYuan;
        CardValidityMonths = change.CardValidityMonths;
        DefaultOnlineBranchCode = change.DefaultOnlineBranchCode;
        MaxPointsMultiplier = change.MaxPointsMultiplier;
        _tiers.Clear();
        _tiers.AddRange(tiers);
        UpdatedAt = now;
    }

    public void SetDefaultOnlineBranch(string branchCode) => DefaultOnlineBranchCode = branchCode;

    public bool IsRedemptionOpen(DateOnly businessDate) => RedemptionMonths.Count == 0 || RedemptionMonths.Contains(businessDate.Month);

    /// <summary>Changes the points-side settings that the tier and time-zone update does not cover.</summary>
    public void UpdatePointsRules(IReadOnlyList<MilestoneRule> milestones, int milestoneClaimMonths, IReadOnlyCollection<int> redemptionMonths, DateTimeOffset now)
    {
        var ordered = milestones.OrderBy(m => m.Points).ToList();
        if (ordered.Select(m => m.Points).Distinct().Count() != ordered.Count)
        {
            throw new DomainException("programme.milestone_invalid", "Milestones have distinct points.");
        }

        if (milestoneClaimMonths is < 1 or > 24 || redemptionMonths.Any(m => m is < 1 or > 12))
        {
            throw new DomainException("programme.value_out_of_range", "A programme setting is out of its allowed range.");
        }

        _milestones.Clear();
        _milestones.AddRange(ordered);
        MilestoneClaimMonths = milestoneClaimMonths;
        RedemptionMonths = redemptionMonths.Distinct().Order().ToList();
        UpdatedAt = now;
    }

    public void UpdateComplaintResponseHours(int hours, DateTimeOffset now)
    {
        if (hours is < 1 or > MaxComplaintResponseHours)
        {
            throw new DomainException("programme.value_out_of_range", "A programme setting is out of its allowed range.");
        }

        ComplaintResponseHours = hours;
        UpdatedAt = now;
    }

    /// <summary>Changes when the follow-up steps fall; cadences already started keep their due dates.</summary>
    public void UpdateFollowUpCadence(FollowUpCadenceRule cadence, DateTimeOffset now)
    {
        SetFollowUpCadence(FollowUpCadenceRule.Create(cadence.ThankYouMinutes, cadence.CareDays, cadence.GreetingWeeks, cadence.CallMonths));
        UpdatedAt = now;
    }

    /// <summary>Changes the stored-value settings.</summary>
    public void UpdateStoredValueRules(Money maxBalance, StoredValueSpendOrder spendOrder, bool depositsCountForTier, DateTimeOffset now)
    {
        if (maxBalance.Yuan is < 1m or > 1_000_000m)
        {
            throw new DomainException("programme.value_out_of_range", "A programme setting is out of its allowed range.");
        }

        StoredValueMaxBalance = maxBalance.Yuan;
        StoredValueSpendOrder = spendOrder;
        IgnoreDepositsForTier = !depositsCountForTier;
        UpdatedAt = now;
    }

    private void SetFollowUpCadence(FollowUpCadenceRule cadence)
    {
        FollowUpThankYouMinutes = cadence.ThankYouMinutes;
        FollowUpCareDays = cadence.CareDays;
        FollowUpGreetingWeeks = cadence.GreetingWeeks;
        FollowUpCallMonths = [.. cadence.CallMonths];
    }

    private static bool IsKnownTimeZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
