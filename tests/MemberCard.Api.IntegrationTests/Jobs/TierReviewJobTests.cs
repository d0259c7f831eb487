namespace MemberCard.Api.IntegrationTests.Jobs;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The periodic tier review: a member whose spend over the last 24 months (net of returns) no longer meets their
/// tier drops exactly one tier, with a recorded reason; everyone else keeps theirs; a re-run drops no one twice.
/// </summary>
public sealed class TierReviewJobTests(MemberCardApiFactory factory) : JobsTestBase(factory)
{
    private static readonly DateOnly BoughtOn = new(2026, 1, 5);
    private static readonly DateOnly WindowPassed = new(2028, 1, 5);

    [Fact]
    public async Task Run_WhenTwentyFourMonthSpendNoLongerMeetsTheTier_DropsExactlyOneTierOnce()
    {
        On(BoughtOn);
        var branch = await OpenBranchAsync("TR001", "755");
        var lapsing = await ActiveMemberAsync(branch, "13800138011");
        var loyal = await ActiveMemberAsync(branch, "13800138012");
        (await BuyAsync(branch, lapsing, 10_000m))["tier"]!.GetValue<string>().ShouldBe("Gold");
        (await BuyAsync(branch, loyal, 10_000m))["tier"]!.GetValue<string>().ShouldBe("Gold");
        On(new DateOnly(2027, 6, 1));
        (await BuyAsync(branch, loyal, 11_200m))["netAmount"]!.GetValue<decimal>().ShouldBe(10_080m);

        On(WindowPassed.AddDays(-1));
        var dayBefore = await ProcessedAsync(TierReview, WindowPassed.AddDays(-1));
        var tierDayBefore = await TierAsync(lapsing);
        On(WindowPassed);
        var onTheDay = await ProcessedAsync(TierReview, WindowPassed);
        var again = await ProcessedAsync(TierReview, WindowPassed);

        dayBefore.ShouldBe(0);
        tierDayBefore.ShouldBe("Gold");
        onTheDay.ShouldBe(1);
        again.ShouldBe(0);
        (await TierAsync(lapsing)).ShouldBe("Silver");
        (await TierAsync(loyal)).ShouldBe("Gold");
        (await RowsAsync(
            "SELECT \"from\", \"to\", reason, basis::text FROM membercard.tier_changes WHERE member_id = @id AND reason = 'periodic_review'",
            ("id", lapsing.MemberId))).ShouldHaveSingleItem().ShouldBe(["Gold", "Silver", "periodic_review", "0.00"]);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.tier_changes WHERE member_id = @id AND reason = 'periodic_review'", ("id", loyal.MemberId)))
            .ShouldBe(0);
    }

    [Fact]
    public async Task Run_WhenReturnsBringTheSpendBelowTheTier_DropsOneTierAtTheReviewNotAtTheReturn()
    {
        On(BoughtOn);
        var branch = await OpenBranchAsync("TR002", "755");
        var member = await ActiveMemberAsync(branch, "13800138013");
        var receipt = await BuyAsync(branch, member, [10_000m, 2_000m]);
        receipt["tier"]!.GetValue<string>().ShouldBe("Gold");
        var returned = await branch.Client.PostAsJsonAsync(
            $"/api/v1/branch/purchases/{receipt["receiptNo"]!.GetValue<string>()}/returns", new { lines = new[] { new { lineNo = 1, quantity = 1 } } });
        returned.StatusCode.ShouldBe(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        var tierAfterReturn = await TierAsync(member);
        On(BoughtOn.AddDays(1));

        var processed = await ProcessedAsync(TierReview, BoughtOn.AddDays(1));

        tierAfterReturn.ShouldBe("Gold");
        processed.ShouldBe(1);
        (await TierAsync(member)).ShouldBe("Silver");
        (await RowsAsync("SELECT \"from\", \"to\", basis::text FROM membercard.tier_changes WHERE member_id = @id AND reason = 'periodic_review'", ("id", member.MemberId)))
            .ShouldHaveSingleItem().ShouldBe(["Gold", "Silver", "2000.00"]);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Run_WhenSilverCameFromASinglePurchaseStillInTheWindow_KeepsSilverUntilItLeavesTheWindow()
    {
        On(BoughtOn);
        var branch = await OpenBranchAsync("TR003", "755");
        var member = await ActiveMemberAsync(branch, "13800138014");
        (await BuyAsync(branch, member, 680m))["tier"]!.GetValue<string>().ShouldBe("Silver");
        On(BoughtOn.AddDays(1));

        var nextDay = await ProcessedAsync(TierReview, BoughtOn.AddDays(1));
        var tierNextDay = await TierAsync(member);
        On(WindowPassed);
        var windowPassed = await ProcessedAsync(TierReview, WindowPassed);

        nextDay.ShouldBe(0);
        tierNextDay.ShouldBe("Silver");
        windowPassed.ShouldBe(1);
        (await TierAsync(member)).ShouldBe("Regular");
    }

    [Fact]
    public async Task Run_WhenMemberIsRegular_LeavesThemAlone()
    {
        On(BoughtOn);
        var branch = await OpenBranchAsync("TR004", "755");
        var member = await ActiveMemberAsync(branch, "13800138015");
        await BuyAsync(branch, member, 50m);
        On(WindowPassed);

        var processed = await ProcessedAsync(TierReview, WindowPassed);

        processed.ShouldBe(0);
        (await TierAsync(member)).ShouldBe("Regular");
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.tier_changes")).ShouldBe(0);
    }
}
