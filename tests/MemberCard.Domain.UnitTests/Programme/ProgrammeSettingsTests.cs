namespace MemberCard.Domain.UnitTests.Programme;

using MemberCard.Domain.Common;
using MemberCard.Domain.Programme;

public sealed class ProgrammeSettingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CreateDefault_WhenCreated_HasTheSpecTiers()
    {
        var now = Now;

        var settings = ProgrammeSettings.CreateDefault(now);

        settings.Tiers.Select(t => t.Tier).ShouldBe([Tier.Regular, Tier.Silver, Tier.Gold, Tier.Diamond]);
        settings.Tiers.Select(t => t.DiscountRate).ShouldBe([1.00m, 0.95m, 0.90m, 0.88m]);
        settings.Tiers.Select(t => t.PointsMultiplier).ShouldBe([1m, 1m, 2m, 2m]);
        settings.Tiers.Select(t => t.SpendThreshold).ShouldBe([0m, 1_000m, 10_000m, 30_000m]);
        settings.Tiers.ShouldAllBe(t => t.Benefits.Length > 0);
        settings.RuleFor(Tier.Gold).DiscountRate.ShouldBe(0.90m);
    }

    [Fact]
    public void CreateDefault_WhenCreated_HasTheSpecProgrammeValues()
    {
        var now = Now;

        var settings = ProgrammeSettings.CreateDefault(now);

        settings.Id.ShouldBe(ProgrammeSettings.SingletonId);
        settings.SinglePurchaseUpgradeThreshold.ShouldBe(680m);
        settings.UpgradeSpendWindowMonths.ShouldBe(12);
        settings.DowngradeReviewWindowMonths.ShouldBe(24);
        settings.BirthdayDiscountRate.ShouldBe(0.85m);
        settings.BirthdayPointsMultiplier.ShouldBe(2m);
        settings.PointsExpiryMonths.ShouldBe(24);
        settings.PointsPerYuan.ShouldBe(100);
        settings.CardValidityMonths.ShouldBeNull();
        settings.TimeZone.ShouldBe("Asia/Shanghai");
        settings.UpdatedAt.ShouldBe(now);
    }

    [Fact]
    public void BusinessDate_WhenUtcEveningInShanghaiNextDay_ReturnsShanghaiDate()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);

        var date = settings.BusinessDate(new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero));

        date.ShouldBe(new DateOnly(2026, 3, 2));
    }

    [Fact]
    public void Update_WhenValid_ReplacesEverySetting()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var later = Now.AddDays(1);
        var change = Change() with
        {
            TimeZone = "Asia/Hong_Kong",
            Tiers = Tiers(0m, 2_000m, 20_000m, 50_000m),
            SinglePurchaseUpgradeThreshold = 880m,
            PointsPerYuan = 50,
            CardValidityMonths = 12,
            DefaultOnlineBranchCode = "SZ001",
        };

        settings.Update(change, later);

        settings.TimeZone.ShouldBe("Asia/Hong_Kong");
        settings.Tiers.Select(t => t.SpendThreshold).ShouldBe([0m, 2_000m, 20_000m, 50_000m]);
        settings.SinglePurchaseUpgradeThreshold.ShouldBe(880m);
        settings.PointsPerYuan.ShouldBe(50);
        settings.CardValidityMonths.ShouldBe(12);
        settings.DefaultOnlineBranchCode.ShouldBe("SZ001");
        settings.UpdatedAt.ShouldBe(later);
    }

    [Fact]
    public void Update_WhenTiersGivenOutOfOrder_StoresThemInTierOrder()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var tiers = Tiers(0m, 1_000m, 10_000m, 30_000m).OrderByDescending(t => t.Tier).ToList();

        settings.Update(Change() with { Tiers = tiers }, Now);

        settings.Tiers.Select(t => t.Tier).ShouldBe([Tier.Regular, Tier.Silver, Tier.Gold, Tier.Diamond]);
    }

    [Fact]
    public void Update_WhenTierMissing_ThrowsTiersIncomplete()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var tiers = Tiers(0m, 1_000m, 10_000m, 30_000m).Where(t => t.Tier != Tier.Gold).ToList();

        var exception = Should.Throw<DomainException>(() => settings.Update(Change() with { Tiers = tiers }, Now.AddDays(1)));

        exception.Code.ShouldBe("programme.tiers_incomplete");
        settings.Tiers.Count.ShouldBe(4);
        settings.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Update_WhenTierDuplicated_ThrowsTiersIncomplete()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var tiers = Tiers(0m, 1_000m, 10_000m, 30_000m)
            .Append(TierRule.Create(Tier.Diamond, 0.80m, 3m, 60_000m, "More"))
            .ToList();

        var exception = Should.Throw<DomainException>(() => settings.Update(Change() with { Tiers = tiers }, Now));

        exception.Code.ShouldBe("programme.tiers_incomplete");
    }

    [Theory]
    [InlineData(1_000, 1_000, 30_000)]
    [InlineData(1_000, 500, 30_000)]
    [InlineData(1_000, 10_000, 10_000)]
    public void Update_WhenThresholdsNotAscending_ThrowsThresholdsNotAscending(int silver, int gold, int diamond)
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var tiers = Tiers(0m, silver, gold, diamond);

        var exception = Should.Throw<DomainException>(() => settings.Update(Change() with { Tiers = tiers }, Now));

        exception.Code.ShouldBe("programme.thresholds_not_ascending");
        settings.Tiers.Select(t => t.SpendThreshold).ShouldBe([0m, 1_000m, 10_000m, 30_000m]);
    }

    [Fact]
    public void Update_WhenRegularThresholdNotZero_ThrowsThresholdInvalid()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var tiers = Tiers(100m, 1_000m, 10_000m, 30_000m);

        var exception = Should.Throw<DomainException>(() => settings.Update(Change() with { Tiers = tiers }, Now));

        exception.Code.ShouldBe("programme.threshold_invalid");
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void Update_WhenTimeZoneUnknown_ThrowsTimeZoneUnknown(string timeZone)
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var change = Change() with { TimeZone = timeZone };

        var exception = Should.Throw<DomainException>(() => settings.Update(change, Now));

        exception.Code.ShouldBe("programme.time_zone_unknown");
        settings.TimeZone.ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public void Update_WhenValueOutOfRange_ThrowsValueOutOfRange()
    {
        var settings = ProgrammeSettings.CreateDefault(Now);
        var change = Change() with { PointsPerYuan = 0 };

        var exception = Should.Throw<DomainException>(() => settings.Update(change, Now));

        exception.Code.ShouldBe("programme.value_out_of_range");
        settings.PointsPerYuan.ShouldBe(100);
    }

    private static List<TierRule> Tiers(decimal regular, decimal silver, decimal gold, decimal diamond) =>
    [
        TierRule.Create(Tier.Regular, 1.00m, 1m, regular, "Regular"),
        TierRule.Create(Tier.Silver, 0.95m, 1m, silver, "Silver"),
        TierRule.Create(Tier.Gold, 0.90m, 2m, gold, "Gold"),
        TierRule.Create(Tier.Diamond, 0.88m, 2m, diamond, "Diamond"),
    ];

    private static ProgrammeChange Change() => new(
        TimeZone: "Asia/Shanghai",
        Tiers: Tiers(0m, 1_000m, 10_000m, 30_000m),
        SinglePurchaseUpgradeThreshold: 680m,
        UpgradeSpendWindowMonths: 12,
        DowngradeReviewWindowMonths: 24,
        BirthdayDiscountRate: 0.85m,
        BirthdayPointsMultiplier: 2m,
        PointsExpiryMonths: 24,
        PointsPerYuan: 100,
        CardValidityMonths: null,
        DefaultOnlineBranchCode: null);
}
