namespace MemberCard.Api.IntegrationTests.Till;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Returns: points earned come back out, points paid go back in, and a spent reversal is asked in cash.</summary>
public sealed class PurchaseReturnTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    [Fact]
    public async Task Return_WhenPartialReturnsAddUpToTheWholeReceipt_ReverseExactlyThePointsEarnedAndRefundExactlyThePointsUsed()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m);
        var day2 = Today.AddDays(1);
        await InsertCampaignAsync("Tea festival", 1.5m, day2, day2, [branch.Id], ["TEA"]);

        // 3 × 3.33 tea at 1.5× and a 5.00 cup, 100 points paying 67 + 33: the tea earns 13.98 (4.66 a unit), the cup 4.67.
        var sale = await CommittedAsync(branch.Client, "R-0002", member.CardNumber,
            [TillLine.Regular("OOLONG", 3, 3.33m, "TEA"), TillLine.Regular("CUP", 1, 5.00m, "CUPS")], pointsUsed: 100);
        var first = await ReturnedAsync(branch.Client, "R-0002", (1, 1m));
        var second = await ReturnedAsync(branch.Client, "R-0002", (1, 1m));
        var last = await ReturnedAsync(branch.Client, "R-0002", (1, 1m), (2, 1m));

        Points(sale["pointsEarned"]).ShouldBe(18);
        sale["lines"]!.AsArray().Select(l => Points(l!["pointsUsed"])).ToArray().ShouldBe(new long[] { 67, 33 });
        Points(sale["pointsBalance"]).ShouldBe(518);
        JsonObject[] returns = [first, second, last];
        returns.Select(r => Points(r["pointsReversed"])).ToArray().ShouldBe(new long[] { 4, 5, 9 });
        returns.Select(r => Points(r["pointsRefunded"])).ToArray().ShouldBe(new long[] { 22, 22, 56 });
        returns.Select(r => Money(r["returnedAmount"])).ToArray().ShouldBe(new[] { 3.33m, 3.33m, 8.33m });
        returns.Select(r => Money(r["moneyRefund"])).ToArray().ShouldBe(new[] { 3.11m, 3.11m, 7.77m });
        returns.Select(r => Points(r["pointsBalance"])).ToArray().ShouldBe(new long[] { 536, 553, 600 });
        returns.Select(r => r["fullyReturned"]!.GetValue<bool>()).ToArray().ShouldBe(new[] { false, false, true });
        returns.Select(r => r["returnSequence"]!.GetValue<int>()).ToArray().ShouldBe(new[] { 1, 2, 3 });
        returns.ShouldAllBe(r => Points(r["pointsShortfall"]) == 0 && Money(r["cashToCollect"]) == 0m);
        returns.Sum(r => Money(r["moneyRefund"])).ShouldBe(Money(sale["amountDue"]), "every fen paid in money comes back");
        (await BalanceOfAsync(member)).ShouldBe(600, "as before the sale");
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenMoreIsReturnedThanWasBought_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 2, 25.00m)]);
        var before = await SnapshotDatabaseAsync();

        var tooMany = await ReturnAsync(branch.Client, "R-0001", (1, 2.001m));
        var unchanged = await SnapshotDatabaseAsync();
        await ReturnedAsync(branch.Client, "R-0001", (1, 1.5m));
        var afterPart = await SnapshotDatabaseAsync();
        var oneMore = await ReturnAsync(branch.Client, "R-0001", (1, 1m));

        await tooMany.ShouldBeProblemAsync(HttpStatusCode.Conflict, "return.exceeds_purchase");
        unchanged.ShouldBeUnchanged(before);
        await oneMore.ShouldBeProblemAsync(HttpStatusCode.Conflict, "return.exceeds_purchase");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(afterPart);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenALineIsNotOnTheReceipt_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 2, 25.00m)]);
        var before = await SnapshotDatabaseAsync();

        var response = await ReturnAsync(branch.Client, "R-0001", (1, 1m), (9, 1m));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "return.unknown_line");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Return_WhenTheEarnedPointsWereAlreadySpent_AsksTheShortfallInCash()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m, "R-0001");
        await CommittedAsync(branch.Client, "R-0002", member.CardNumber, [TillLine.Special("SALE", 1, 10.00m)], pointsUsed: 550);

        var returned = await ReturnedAsync(branch.Client, "R-0001", (1, 1m));

        Points(returned["pointsReversed"]).ShouldBe(50, "all the member still had");
        Points(returned["pointsShortfall"]).ShouldBe(550);
        Money(returned["cashToCollect"]).ShouldBe(5.50m);
        Points(returned["pointsBalance"]).ShouldBe(0);
        (await BalanceOfAsync(member)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenTheShortfallIsNotWorthWholeFen_RoundsTheCashUpToTheFen()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetProgrammeAsync("pointsPerYuan", 30);
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("GIFT-BOX", 2, 300.50m)]);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        await CommittedAsync(branch.Client, "R-0002", member.CardNumber, [TillLine.Special("SALE", 1, 100.00m)], pointsUsed: 552);

        var returned = await ReturnedAsync(branch.Client, "R-0001", (1, 1m));

        Points(returned["pointsReversed"]).ShouldBe(49, "half of 601 floored is 300, and the member has 49 left");
        Points(returned["pointsShortfall"]).ShouldBe(251);
        Money(returned["cashToCollect"]).ShouldBe(8.37m, "251 points at 30 a yuan is ¥8.3667, rounded up to the fen");
        (await BalanceOfAsync(member)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenTheLotsHaveExpired_TakesBackTheExpiredPointsAndRefundsPaymentAsAShortLot()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m, "R-0001");
        await CommittedAsync(branch.Client, "R-0002", member.CardNumber, [TillLine.Regular("TEA", 1, 10.00m)], pointsUsed: 500);
        var later = Today.AddDays(1).AddMonths(25);
        PinChinaDate(later);
        var expired = await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("TEA", 1, 10.00m)]);

        var returned = await ReturnedAsync(branch.Client, "R-0002", (1, 1m));

        Points(expired["pointsBalance"]).ShouldBe(105, "no expiry job has cleared the lots yet");
        Points(expired["spendablePoints"]).ShouldBe(0, "but expired lots cannot be spent");
        Points(returned["pointsRefunded"]).ShouldBe(500);
        Points(returned["pointsReversed"]).ShouldBe(5);
        Points(returned["pointsShortfall"]).ShouldBe(0);
        (await ScalarAsync<DateOnly>("SELECT expires_on FROM membercard.points_lots WHERE source = 'Refund'"))
            .ShouldBe(later.AddDays(1), "the refund's own expiry (purchase date + 24 months) has passed, so it lasts until tomorrow");
        (await BalanceOfAsync(member)).ShouldBe(600);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenTheEarnedPointsExpiredAndWereCleared_AsksNoCashForThem()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("GIFT-BOX", 1, 600.00m)]);
        var later = Today.AddMonths(25);
        PinChinaDate(later);
        var job = await HeadOffice().PostAsync($"/api/v1/hq/jobs/points-expiry/run?asOf={later:yyyy-MM-dd}", null);
        job.StatusCode.ShouldBe(HttpStatusCode.OK, await job.Content.ReadAsStringAsync());
        (await BalanceOfAsync(member)).ShouldBe(0, "the expiry job cleared the lot");

        var returned = await ReturnedAsync(branch.Client, "R-0001", (1, 1m));

        Points(returned["pointsShortfall"]).ShouldBe(0, "expired points were never spent by the member, so there is nothing to pay back");
        Money(returned["cashToCollect"]).ShouldBe(0m);
        Points(returned["pointsBalance"]).ShouldBe(0);
        (await ScalarAsync<string>(
            "SELECT string_agg(kind || ':' || points, ' ' ORDER BY id) FROM membercard.points_ledger WHERE member_id = @m", ("m", member.MemberId)))
            .ShouldBe("Earn:600 Expire:-600");
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_AfterAPurchaseUpgradedTheTier_DoesNotDowngradeOnTheSpot()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var sale = await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("JACKET", 1, 680.00m)]);

        var returned = await ReturnedAsync(branch.Client, "R-0001", (1, 1m));

        sale["tier"]!.GetValue<string>().ShouldBe("Silver");
        returned["fullyReturned"]!.GetValue<bool>().ShouldBeTrue();
        Points(returned["pointsReversed"]).ShouldBe(680);
        (await TierOfAsync(member)).ShouldBe("Silver", "only the periodic review downgrades");
        (await CountAsync("SELECT count(*) FROM membercard.tier_changes")).ShouldBe(1);
        (await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("TEA", 1, 100.00m)]))["tier"]!.GetValue<string>().ShouldBe("Silver");
        await AssertPointsBooksBalanceAsync();
    }

    [Theory]
    [InlineData("R-0001")]
    [InlineData("R-9999")]
    public async Task Return_WhenTheReceiptIsAnotherBranchsOrUnknown_Returns404AndChangesNothing(string receiptNo)
    {
        var a = await OpenBranchAsync("SHA01", "021");
        var b = await OpenBranchAsync("SZB01", "755");
        var member = await ActiveMemberAsync(b, "13800000001");
        await CommittedAsync(b.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 2, 25.00m)]);
        var before = await SnapshotDatabaseAsync();

        var response = await ReturnAsync(a.Client, receiptNo, (1, 1m));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "purchase.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Return_WhenHeadOfficeNamesTheSellingBranch_ReturnsIt()
    {
        var a = await OpenBranchAsync("SHA01", "021");
        var b = await OpenBranchAsync("SZB01", "755");
        var member = await ActiveMemberAsync(b, "13800000001");
        await CommittedAsync(b.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 2, 25.00m)]);
        var before = await SnapshotDatabaseAsync();

        var unnamed = await ReturnAsync(HeadOffice(), "R-0001", (1, 1m));
        var wrongBranch = await ReturnToAsync(HeadOffice(), ReturnRoute("R-0001") + "?branchCode=" + a.Code, (1, 1m));
        var unknownBranch = await ReturnToAsync(HeadOffice(), ReturnRoute("R-0001") + "?branchCode=NOPE1", (1, 1m));
        var unchanged = await SnapshotDatabaseAsync();
        var named = await ReturnToAsync(HeadOffice(), ReturnRoute("R-0001") + "?branchCode=" + b.Code.ToLowerInvariant(), (1, 1m));

        await unnamed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "branch.required", "branchCode");
        await wrongBranch.ShouldBeProblemAsync(HttpStatusCode.NotFound, "purchase.not_found");
        await unknownBranch.ShouldBeProblemAsync(HttpStatusCode.NotFound, "branch.not_found");
        unchanged.ShouldBeUnchanged(before);
        named.StatusCode.ShouldBe(HttpStatusCode.OK, await named.Content.ReadAsStringAsync());
        Points((await ReadJsonAsync(named))["pointsReversed"]).ShouldBe(25);
        (await BalanceOfAsync(member)).ShouldBe(25);
        await AssertPointsBooksBalanceAsync();
    }
}
