namespace MemberCard.Api.IntegrationTests.Referrals;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>The first qualifying purchase rewards both sides once, as gift lots through the points wallet.</summary>
public sealed class ReferralRewardTests(MemberCardApiFactory factory) : ReferralTestBase(factory)
{
    [Fact]
    public async Task Commit_WhenReferredMembersFirstPurchase_Gives200ToReferrerAnd100ToNewMember()
    {
        var home = await OpenBranchAsync("SHA01", "021");
        var till = await OpenBranchAsync("BJS01", "010");
        var referrer = await ActiveMemberAsync(home, "13800000001");
        var referee = await ReferredMemberAsync(home, "13900000001", await CodeOfAsync(referrer));

        var receipt = await CommittedAsync(till.Client, "R-0001", referee.CardNumber, Basket(50m));

        Points(receipt["pointsEarned"]).ShouldBe(50);
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        (await BalanceOfAsync(referee)).ShouldBe(150);
        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|200|100|0|0");
        (await IsAwaitingRewardAsync(referee)).ShouldBeFalse();
        (await GiftPointsOfAsync(referrer)).ShouldBe(200);
        (await GiftPointsOfAsync(referee)).ShouldBe(100);
        (await CountAsync("SELECT count(*) FROM membercard.points_lots WHERE source = 'Gift' AND expires_on = @expires", ("expires", Today.AddMonths(24))))
            .ShouldBe(2);
        (await ScalarAsync<Guid>("SELECT purchase_id FROM membercard.referrals"))
            .ShouldBe(Guid.Parse(receipt["purchaseId"]!.GetValue<string>()));
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenSecondPurchase_DoesNotRewardAgain()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        await CommittedAsync(branch.Client, "R-0002", referee.CardNumber, Basket(30m));

        (await BalanceOfAsync(referrer)).ShouldBe(200);
        (await BalanceOfAsync(referee)).ShouldBe(180);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Gift'")).ShouldBe(2);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenFirstPurchaseIsReplayed_RewardsOnce()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        var replay = await CommitAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        replay.StatusCode.ShouldBe(HttpStatusCode.Created, await replay.Content.ReadAsStringAsync());
        replay.Headers.GetValues(ReplayedHeader).Single().ShouldBe("true");
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        (await BalanceOfAsync(referee)).ShouldBe(150);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Gift'")).ShouldBe(2);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenTwoFirstPurchasesRace_RewardsOnce()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));

        var responses = await Task.WhenAll(
            CommitAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m)),
            CommitAsync(branch.Client, "R-0002", referee.CardNumber, Basket(30m)),
            CommitAsync(branch.Client, "R-0003", referee.CardNumber, Basket(20m)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        (await BalanceOfAsync(referee)).ShouldBe(200);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Gift'")).ShouldBe(2);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenTwoReferredMembersOfOneReferrerBuyAtOnce_RewardsBothWithoutDeadlock()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var code = await CodeOfAsync(referrer);
        var first = await ReferredMemberAsync(branch, "13900000001", code);
        var second = await ReferredMemberAsync(branch, "13900000002", code);

        var responses = await Task.WhenAll(
            CommitAsync(branch.Client, "R-0001", first.CardNumber, Basket(50m)),
            CommitAsync(branch.Client, "R-0002", second.CardNumber, Basket(50m)),
            CommitAsync(branch.Client, "R-0003", referrer.CardNumber, Basket(10m)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await BalanceOfAsync(referrer)).ShouldBe(410);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenPaidEntirelyWithPoints_DoesNotQualifyAndTheReferralStaysPending()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        var adjusted = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/members/{referee.MemberId}/points/adjustments", new { points = 1000L, reason = "goodwill" });
        adjusted.StatusCode.ShouldBe(HttpStatusCode.Created, await adjusted.Content.ReadAsStringAsync());
        Factory.Clock.Advance(TimeSpan.FromDays(1));

        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(5m), pointsUsed: 500);

        (await ReferralOfAsync(referee)).ShouldBe("Pending|-|0|0|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(0);

        await CommittedAsync(branch.Client, "R-0002", referee.CardNumber, Basket(5m), pointsUsed: 100);

        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|200|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(200);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenHeadOfficeChangedTheRewards_PaysTheNewAmounts()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        await SetReferralSettingsAsync(referrerPoints: 300, refereePoints: 0);

        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|300|0|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(300);
        (await BalanceOfAsync(referee)).ShouldBe(50);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenTheReferrerHasExited_RewardsOnlyTheNewMember()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var referee = await ReferredMemberAsync(branch, "13900000001", await CodeOfAsync(referrer));
        var exit = await branch.Client.PostAsJsonAsync($"/api/v1/branch/members/{referrer.MemberId}/exit", new { confirm = true, forfeitPoints = 0L });
        exit.StatusCode.ShouldBe(HttpStatusCode.OK, await exit.Content.ReadAsStringAsync());

        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        (await ReferralOfAsync(referee)).ShouldBe("Rewarded|-|0|100|0|0");
        (await BalanceOfAsync(referrer)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Settings_WhenNeverSaved_ShowTheDefaults()
    {
        var settings = await GetOkAsync(HeadOffice(), SettingsRoute);

        Points(settings["referrerPoints"]).ShouldBe(200);
        Points(settings["refereePoints"]).ShouldBe(100);
        settings["monthlyCap"]!.GetValue<int>().ShouldBe(20);
        settings["returnWindowDays"]!.GetValue<int>().ShouldBe(30);
    }

    [Theory]
    [InlineData("referrerPoints", -1)]
    [InlineData("refereePoints", 100001)]
    [InlineData("monthlyCap", -5)]
    [InlineData("returnWindowDays", 366)]
    public async Task Settings_WhenOutOfRange_Return400AndWriteNothing(string field, long value)
    {
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["referrerPoints"] = 200, ["refereePoints"] = 100, ["monthlyCap"] = 20, ["returnWindowDays"] = 30,
        };
        body[field] = value;
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsJsonAsync(SettingsRoute, body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Settings_WhenAFieldIsMissing_Return400AndWriteNothing()
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsJsonAsync(SettingsRoute, new { referrerPoints = 200, refereePoints = 100, monthlyCap = 20 });

        await response.ShouldBeValidationProblemAsync("returnWindowDays");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
