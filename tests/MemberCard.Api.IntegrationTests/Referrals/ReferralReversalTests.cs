namespace MemberCard.Api.IntegrationTests.Referrals;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>A full return of the rewarded purchase within 30 days takes both rewards back; later or partial returns keep them.</summary>
public sealed class ReferralReversalTests(MemberCardApiFactory factory) : ReferralTestBase(factory)
{
    private static readonly TillLine[] TwoLines = [TillLine.Regular("TEA", 1, 30m), TillLine.Regular("CUP", 1, 20m)];

    [Fact]
    public async Task Return_WhenFullOnDay30_ReversesBothRewards()
    {
        var (branch, referrer, referee) = await RewardedAsync();
        PinChinaDate(Today.AddDays(30));

        var returned = await ReturnedAsync(branch.Client, "R-0001", (1, 1m), (2, 1m));

        returned["fullyReturned"]!.GetValue<bool>().ShouldBeTrue();
        (await ReferralOfAsync(referee)).ShouldBe("Reversed|-|200|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(0);
        (await BalanceOfAsync(referee)).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Reverse' AND reason = 'referral'")).ShouldBe(2);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenFullOnDay31_KeepsTheRewards()
    {
        var (branch, referrer, referee) = await RewardedAsync();
        PinChinaDate(Today.AddDays(31));

        await ReturnedAsync(branch.Client, "R-0001", (1, 1m), (2, 1m));

        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|200|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        (await BalanceOfAsync(referee)).ShouldBe(100);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenPartial_KeepsTheRewards()
    {
        var (branch, referrer, referee) = await RewardedAsync();
        PinChinaDate(Today.AddDays(3));

        var returned = await ReturnedAsync(branch.Client, "R-0001", (1, 1m));

        returned["fullyReturned"]!.GetValue<bool>().ShouldBeFalse();
        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|200|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        (await BalanceOfAsync(referee)).ShouldBe(120);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenTheLastLineCompletesAFullReturnWithinTheWindow_Reverses()
    {
        var (branch, referrer, referee) = await RewardedAsync();
        PinChinaDate(Today.AddDays(3));
        await ReturnedAsync(branch.Client, "R-0001", (1, 1m));
        PinChinaDate(Today.AddDays(10));

        await ReturnedAsync(branch.Client, "R-0001", (2, 1m));

        (await ReferralOfAsync(referee)).ShouldBe("Reversed|-|200|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenTheReferrerSpentTheReward_TakesWhatIsLeftAndForgivesTheShortfall()
    {
        var (branch, referrer, referee) = await RewardedAsync();
        PinChinaDate(Today.AddDays(1));
        var spent = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = referrer.CardNumber, points = 150, reference = "PAY-0001" });
        spent.StatusCode.ShouldBe(HttpStatusCode.Created, await spent.Content.ReadAsStringAsync());
        PinChinaDate(Today.AddDays(5));

        await ReturnedAsync(branch.Client, "R-0001", (1, 1m), (2, 1m));

        (await ReferralOfAsync(referee)).ShouldBe("Reversed|-|200|100|150|0");
        (await BalanceOfAsync(referrer)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenThePurchaseRewardedNothing_ChangesNoReferral()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, TwoLines);
        await CommittedAsync(branch.Client, "R-0002", referee.CardNumber, TwoLines);

        await ReturnedAsync(branch.Client, "R-0002", (1, 1m), (2, 1m));

        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|200|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        await AssertPointsBooksBalanceAsync();
    }

    /// <summary>A referred member whose first purchase (R-0001, two lines, ¥50) has rewarded both sides today.</summary>
    private async Task<(TestBranch Branch, TillMember Referrer, TillMember Referee)> RewardedAsync()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, TwoLines);
        (await ReferralOfAsync(referee)).ShouldStartWith("Rewarded|");
        (await BalanceOfAsync(referee)).ShouldBe(150);
        return (branch, referrer, referee);
    }
}
