namespace MemberCard.Api.IntegrationTests.Jobs;

using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Milestone gifts (返礼): points earned in the card year (from the anniversary of joining) of 5,000 / 8,000 /
/// 10,000 / 15,000 give one claim per milestone, eligible at the month end that finds them and lapsing three
/// months later; a re-run grants nothing twice.
/// </summary>
public sealed class MilestoneGiftsJobTests(MemberCardApiFactory factory) : JobsTestBase(factory)
{
    private const string ClaimsSql = """
        SELECT milestone_points::text, gift_value::text, card_year_start::text, points_earned::text, eligible_on::text, lapses_on::text, status
        FROM membercard.milestone_claims WHERE member_id = @id ORDER BY milestone_points
        """;

    private static readonly DateOnly JoinedOn = new(2026, 1, 10);
    private static readonly DateOnly MonthEnd = new(2026, 1, 31);

    [Fact]
    public async Task Run_WhenMembersReachMilestonesInTheCardYear_GrantsOneClaimPerMilestoneReachedOnce()
    {
        On(JoinedOn);
        var branch = await OpenBranchAsync("MG001", "755");
        var fiveThousand = await ActiveMemberAsync(branch, "13800138021");
        var eightThousand = await ActiveMemberAsync(branch, "13800138022");
        var justShort = await ActiveMemberAsync(branch, "13800138023");
        (await BuyAsync(branch, fiveThousand, 5_000m))["pointsEarned"]!.GetValue<long>().ShouldBe(5_000);
        (await BuyAsync(branch, eightThousand, 8_000m))["pointsEarned"]!.GetValue<long>().ShouldBe(8_000);
        (await BuyAsync(branch, justShort, 4_999m))["pointsEarned"]!.GetValue<long>().ShouldBe(4_999);
        On(MonthEnd);

        var first = await ProcessedAsync(MilestoneGifts, MonthEnd);
        var second = await ProcessedAsync(MilestoneGifts, MonthEnd);

        first.ShouldBe(3);
        second.ShouldBe(0);
        (await RowsAsync(ClaimsSql, ("id", fiveThousand.MemberId))).ShouldHaveSingleItem()
            .ShouldBe(["5000", "200.00", "2026-01-10", "5000", "2026-01-31", "2026-04-30", "Open"]);
        var claims = await RowsAsync(ClaimsSql, ("id", eightThousand.MemberId));
        claims.Count.ShouldBe(2);
        claims[0].ShouldBe(["5000", "200.00", "2026-01-10", "8000", "2026-01-31", "2026-04-30", "Open"]);
        claims[1].ShouldBe(["8000", "500.00", "2026-01-10", "8000", "2026-01-31", "2026-04-30", "Open"]);
        (await RowsAsync(ClaimsSql, ("id", justShort.MemberId))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_WhenClaimIsNotCollectedWithinThreeMonths_LapsesItOnTheDay()
    {
        On(JoinedOn);
        var branch = await OpenBranchAsync("MG002", "755");
        var member = await ActiveMemberAsync(branch, "13800138024");
        await BuyAsync(branch, member, 5_000m);
        On(MonthEnd);
        (await ProcessedAsync(MilestoneGifts, MonthEnd)).ShouldBe(1);

        On(new DateOnly(2026, 4, 29));
        var dayBefore = await ProcessedAsync(MilestoneGifts, new DateOnly(2026, 4, 29));
        var statusDayBefore = (await RowsAsync(ClaimsSql, ("id", member.MemberId))).Single()[6];
        On(new DateOnly(2026, 4, 30));
        var onTheDay = await ProcessedAsync(MilestoneGifts, new DateOnly(2026, 4, 30));
        var again = await ProcessedAsync(MilestoneGifts, new DateOnly(2026, 4, 30));

        dayBefore.ShouldBe(0);
        statusDayBefore.ShouldBe("Open");
        onTheDay.ShouldBe(1);
        again.ShouldBe(0);
        (await RowsAsync(ClaimsSql, ("id", member.MemberId))).ShouldHaveSingleItem()
            .ShouldBe(["5000", "200.00", "2026-01-10", "5000", "2026-01-31", "2026-04-30", "Lapsed"]);
    }

    [Fact]
    public async Task Run_WhenPointsWereEarnedInThePreviousCardYear_CountsThemOnlyThere()
    {
        On(new DateOnly(2025, 1, 10));
        var branch = await OpenBranchAsync("MG003", "755");
        var member = await ActiveMemberAsync(branch, "13800138025");
        On(new DateOnly(2025, 12, 1));
        await BuyAsync(branch, member, 5_000m);
        On(new DateOnly(2026, 1, 5));
        await BuyAsync(branch, member, 3_000m);
        On(new DateOnly(2026, 1, 12));
        await BuyAsync(branch, member, 2_000m);

        On(new DateOnly(2025, 12, 31));
        var lastCardYear = await ProcessedAsync(MilestoneGifts, new DateOnly(2025, 12, 31));
        On(MonthEnd);
        var thisCardYear = await ProcessedAsync(MilestoneGifts, MonthEnd);

        lastCardYear.ShouldBe(1);
        thisCardYear.ShouldBe(0);
        (await RowsAsync(ClaimsSql, ("id", member.MemberId))).ShouldHaveSingleItem()
            .ShouldBe(["5000", "200.00", "2025-01-10", "5000", "2025-12-31", "2026-03-31", "Open"]);
    }
}
