namespace MemberCard.Api.IntegrationTests.Till;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Committing a purchase: the receipt, the ledger and lots, payments with points, and tier upgrades.</summary>
public sealed class PurchaseCommitTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    [Fact]
    public async Task Commit_WhenRegularPurchase_ReturnsTheReceiptAndWritesOnePurchaseOneEarnEntryAndOneLot()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var response = await CommitAsync(branch.Client, "R-0001", member.CardNumber,
            [TillLine.Regular("RICE-5KG", 2, 25.50m), TillLine.Regular("OIL-1L", 1, 49.00m)], payments: [Cash(100.00m)]);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/api/v1/branch/purchases/R-0001");
        response.Headers.GetValues(ReplayedHeader).ShouldBe(["false"]);
        var receipt = await ReadJsonAsync(response);
        receipt["receiptNo"]!.GetValue<string>().ShouldBe("R-0001");
        receipt["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        receipt["businessDate"]!.GetValue<string>().ShouldBe("2026-03-10");
        Money(receipt["amountDue"]).ShouldBe(100.00m);
        Points(receipt["pointsEarned"]).ShouldBe(100);
        Points(receipt["pointsBalance"]).ShouldBe(100);
        receipt["tier"]!.GetValue<string>().ShouldBe("Regular");
        receipt["tierChangeReason"].ShouldBeNull();
        (await CountAsync("SELECT count(*) FROM membercard.purchases WHERE branch_id = @b AND member_id = @m", ("b", branch.Id), ("m", member.MemberId))).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Earn' AND points = 100 AND balance_after = 100 AND member_id = @m", ("m", member.MemberId))).ShouldBe(1);
        (await CountAsync(
            "SELECT count(*) FROM membercard.points_lots WHERE member_id = @m AND original = 100 AND remaining = 100 AND credited_on = '2026-03-10' AND expires_on = '2028-03-10'",
            ("m", member.MemberId))).ShouldBe(1, "a lot expires 24 months after it was earned");
        await AssertPointsBooksBalanceAsync();
    }

    [Theory]
    [InlineData(680.00, "Silver", "single_purchase")]
    [InlineData(679.99, "Regular", null)]
    public async Task Commit_WhenSinglePurchaseIsAroundTheVipThreshold_UpgradesToSilverFrom680(decimal price, string tier, string? reason)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var receipt = await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("JACKET", 1, price)]);

        receipt["tierBefore"]!.GetValue<string>().ShouldBe("Regular");
        receipt["tier"]!.GetValue<string>().ShouldBe(tier);
        (receipt["tierChangeReason"]?.GetValue<string>()).ShouldBe(reason);
        (await TierOfAsync(member)).ShouldBe(tier);
        var recorded = await CountAsync(
            """
            SELECT count(*) FROM membercard.tier_changes
            WHERE member_id = @m AND "from" = 'Regular' AND "to" = 'Silver' AND reason = 'single_purchase' AND basis = 680.00 AND purchase_id = @p
            """,
            ("m", member.MemberId), ("p", Guid.Parse(receipt["purchaseId"]!.GetValue<string>())));
        recorded.ShouldBe(reason is null ? 0 : 1);
        (await CountAsync("SELECT count(*) FROM membercard.tier_changes")).ShouldBe(recorded);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenRollingSpendCrossesEachThreshold_UpgradesRightAfterThatPurchase()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        (string Receipt, decimal Price, string Tier)[] purchases =
        [
            ("R-1", 600.00m, "Regular"), ("R-2", 399.99m, "Regular"), ("R-3", 0.01m, "Silver"),
            ("R-4", 8999.99m, "Silver"), ("R-5", 0.01m, "Gold"), ("R-6", 20000.00m, "Diamond"),
        ];

        var tiers = new List<string>();
        foreach (var (receipt, price, _) in purchases)
        {
            // Special-price goods: the spend counts in full, with no tier discount to complicate the sums.
            tiers.Add((await CommittedAsync(branch.Client, receipt, member.CardNumber, [TillLine.Special("GOODS", 1, price)]))["tier"]!.GetValue<string>());
        }

        tiers.ShouldBe(purchases.Select(p => p.Tier).ToList());
        (await ScalarAsync<string>(
            """
            SELECT string_agg("from" || '>' || "to" || ':' || reason || ':' || basis::text, ' ' ORDER BY id) FROM membercard.tier_changes WHERE member_id = @m
            """,
            ("m", member.MemberId))).ShouldBe("Regular>Silver:rolling_spend:1000.00 Silver>Gold:rolling_spend:10000.00 Gold>Diamond:rolling_spend:30000.00");
    }

    [Theory]
    [InlineData(11, "Silver")]
    [InlineData(13, "Regular")]
    public async Task Commit_WhenEarlierSpendIsInsideOrOutsideTheTwelveMonthWindow_CountsItOnlyInside(int monthsLater, string tier)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-1", member.CardNumber, [TillLine.Special("GOODS", 1, 600.00m)]);
        PinChinaDate(Today.AddMonths(monthsLater));

        var receipt = await CommittedAsync(branch.Client, "R-2", member.CardNumber, [TillLine.Special("GOODS", 1, 400.00m)]);

        receipt["tier"]!.GetValue<string>().ShouldBe(tier);
    }

    [Fact]
    public async Task Commit_WhenEarlierPurchaseWasReturned_CountsSpendNetOfTheReturn()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-1", member.CardNumber, [TillLine.Special("GOODS", 2, 300.00m)]);
        await ReturnedAsync(branch.Client, "R-1", (1, 1m));

        var receipt = await CommittedAsync(branch.Client, "R-2", member.CardNumber, [TillLine.Special("GOODS", 1, 600.00m)]);

        receipt["tier"]!.GetValue<string>().ShouldBe("Regular", "300 kept + 600 is below 1,000; without the return it would be 1,200");
        (await TierOfAsync(member)).ShouldBe("Regular");
    }

    [Fact]
    public async Task Commit_WhenPointsPayPartOfTheBill_ReduceAmountDueAndBalanceAndEarnOnlyOnTheMoneyPart()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m);

        var receipt = await CommittedAsync(branch.Client, "R-0002", member.CardNumber,
            [TillLine.Regular("TEA-A", 1, 10.00m), TillLine.Regular("TEA-B", 1, 10.00m), TillLine.Regular("TEA-C", 1, 10.00m)],
            pointsUsed: 100, payments: [Cash(20.00m), new { method = "wechat_pay", amount = 9.00m }]);

        Money(receipt["netAmount"]).ShouldBe(30.00m);
        Points(receipt["pointsUsed"]).ShouldBe(100);
        Money(receipt["pointsValue"]).ShouldBe(1.00m);
        Money(receipt["amountDue"]).ShouldBe(29.00m);
        Points(receipt["pointsEarned"]).ShouldBe(29, "¥29 paid in money; the ¥1 paid with points earns nothing");
        Points(receipt["pointsBalance"]).ShouldBe(600 - 100 + 29);
        var perLine = receipt["lines"]!.AsArray().Select(l => Points(l!["pointsUsed"])).ToList();
        perLine.Sum().ShouldBe(100);
        perLine.ShouldAllBe(p => p == 33 || p == 34, "equal lines share the points equally, to the point");
        (await ScalarAsync<long>("SELECT sum(l.points_used) FROM membercard.purchase_lines l JOIN membercard.purchases p ON p.id = l.purchase_id WHERE p.receipt_no = 'R-0002'"))
            .ShouldBe(100);
        (await ScalarAsync<string>(
            "SELECT string_agg(kind || ':' || points, ' ' ORDER BY id) FROM membercard.points_ledger WHERE member_id = @m", ("m", member.MemberId)))
            .ShouldBe("Earn:600 Payment:-100 Earn:29");
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenPointsAreSpreadOverUnequalLines_AllocatesThemInProportion()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m);

        var receipt = await CommittedAsync(branch.Client, "R-0002", member.CardNumber,
            [TillLine.Regular("TEA", 3, 3.33m), TillLine.Regular("CUP", 1, 5.00m), TillLine.Special("BAG", 1, 0.50m)], pointsUsed: 100);

        var lines = receipt["lines"]!.AsArray();
        lines.Select(l => Points(l!["pointsUsed"])).ToArray().ShouldBe(new long[] { 65, 32, 3 }, "100 × 9.99/15.49, 5.00/15.49, 0.50/15.49, largest remainder");
        lines.Select(l => Money(l!["paidAmount"])).ToArray().ShouldBe(new[] { 9.34m, 4.68m, 0.47m });
        Points(receipt["pointsEarned"]).ShouldBe(14, "floor(9.34 + 4.68); the special-price line earns nothing");
        Money(receipt["amountDue"]).ShouldBe(14.49m);
        await AssertPointsBooksBalanceAsync();
    }

    [Theory]
    [InlineData(99.99, 0)]
    [InlineData(60.00, 40.01)]
    public async Task Commit_WhenPaymentsDoNotAddUpToTheAmountDue_Returns400PaymentsMismatchAndWritesNothing(decimal cash, decimal card)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await CommitAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 100.00m)],
            payments: [Cash(cash), new { method = "bank_card", amount = card }]);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "checkout.payments_mismatch", "payments");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Commit_WhenPointsExceedWhatIsSpendable_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m);
        var before = await SnapshotDatabaseAsync();

        var response = await CommitAsync(branch.Client, "R-0002", member.CardNumber, [TillLine.Regular("TEA", 1, 100.00m)], pointsUsed: 601);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "checkout.points_over_limit");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await BalanceOfAsync(member)).ShouldBe(600);
    }
}
