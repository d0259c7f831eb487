namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>Returns put the balance's share back; a member may have the unused principal refunded, bonus forfeited.</summary>
public sealed class ReturnAndRefundTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task Return_WhenGoodsPaidPartlyWithTheBalanceComeBack_PutsBackItsShareLineByLine()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetStoredValueAsync(depositsCountForTier: false);
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: await PackageAsync("充1000送1100", 1000m, 100m));

        // ¥300 due: ¥150 from the balance (bonus 100 first, then principal 50), ¥150 cash.
        await CommittedAsync(branch.Client, "P-0001", member.CardNumber,
            [TillLine.Special("A", 1, 200m), TillLine.Special("B", 1, 100m)], payments: [StoredValue(150m), Cash(150m)]);

        var first = await ReturnedAsync(branch.Client, "P-0001", (1, 1m));
        var second = await ReturnedAsync(branch.Client, "P-0001", (2, 1m));

        // Line A is 2/3 of the money: ¥100 back to the balance (bonus floor(66.666) = 66.66, principal 33.34), ¥100 to cash.
        Money(first["moneyRefund"]).ShouldBe(200m);
        Money(first["storedValue"]!["returned"]).ShouldBe(100m);
        Money(first["storedValue"]!["bonusReturned"]).ShouldBe(66.66m);
        Money(first["storedValue"]!["principalReturned"]).ShouldBe(33.34m);
        Money(first["storedValue"]!["otherTendersRefund"]).ShouldBe(100m);

        // The last return settles the rest exactly: bonus 33.34, principal 16.66.
        Money(second["storedValue"]!["returned"]).ShouldBe(50m);
        Money(second["storedValue"]!["bonusReturned"]).ShouldBe(33.34m);
        Money(second["storedValue"]!["principalReturned"]).ShouldBe(16.66m);
        Money(second["storedValue"]!["otherTendersRefund"]).ShouldBe(50m);
        Money(second["storedValue"]!["balance"]).ShouldBe(1100m);
        (await StoredValueOfAsync(member)).ShouldBe((1000m, 100m));
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Return_WhenThePurchaseDidNotUseTheBalance_ReportsNoStoredValue()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Special("A", 1, 200m)], payments: [Cash(200m)]);

        var returned = await ReturnedAsync(branch.Client, "P-0001", (1, 1m));

        returned["storedValue"].ShouldBeNull();
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger")).ShouldBe(0);
    }

    [Fact]
    public async Task Refund_WhenTheMemberAsksAtTheHomeBranch_PaysBackPrincipalForfeitsBonusAndRecordsTheApprover()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetStoredValueAsync(depositsCountForTier: false);
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: await PackageAsync("充1000送1100", 1000m, 100m));
        await CommittedAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Special("A", 1, 130m)], payments: [StoredValue(130m)]);

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/stored-value/refunds",
            new { cardNumber = member.CardNumber, approvedBy = "店长 王芳", reason = "moving away" });
        var again = await branch.Client.PostAsJsonAsync("/api/v1/branch/stored-value/refunds", new { cardNumber = member.CardNumber, approvedBy = "店长 王芳" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var receipt = await ReadJsonAsync(response);
        Money(receipt["principalRefunded"]).ShouldBe(970m);
        Money(receipt["bonusForfeited"]).ShouldBe(0m);
        Money(receipt["balance"]).ShouldBe(0m);
        await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, "stored_value.nothing_to_refund");
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'Refund' AND principal = -970 AND approved_by = '店长 王芳' AND branch_id = @b",
            ("b", branch.Id))).ShouldBe(1);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Refund_WhenBonusIsLeft_ForfeitsItInItsOwnEntry()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetStoredValueAsync(spendOrder: "PrincipalFirst", depositsCountForTier: false);
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: await PackageAsync("充500送530", 500m, 30m));

        var response = await HeadOffice().PostAsJsonAsync("/api/v1/hq/stored-value/refunds", new { cardNumber = member.CardNumber, approvedBy = "finance 007" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var receipt = await ReadJsonAsync(response);
        Money(receipt["principalRefunded"]).ShouldBe(500m);
        Money(receipt["bonusForfeited"]).ShouldBe(30m);
        (await StoredValueOfAsync(member)).ShouldBe((0m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'Forfeit' AND bonus = -30 AND branch_id = @b", ("b", branch.Id))).ShouldBe(1);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Refund_WhenApprovalIsMissing_Returns400AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/stored-value/refunds", new { cardNumber = member.CardNumber, approvedBy = " " });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response))["errors"]!["approvedBy"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Refund_WhenAnotherBranchAsks_Returns404AndWritesNothing()
    {
        var branchA = await OpenBranchAsync("SHA01", "021");
        var branchB = await OpenBranchAsync("GZB01", "020");
        var memberB = await ActiveMemberAsync(branchB, "13800000002");
        await ToppedUpAsync(branchA.Client, "TU-0001", memberB.CardNumber, amount: 100m);
        var before = await SnapshotDatabaseAsync();

        var response = await branchA.Client.PostAsJsonAsync("/api/v1/branch/stored-value/refunds", new { cardNumber = memberB.CardNumber, approvedBy = "someone" });

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "card.not_found");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }
}
