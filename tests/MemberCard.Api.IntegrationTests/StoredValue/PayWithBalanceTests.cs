namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>The balance as one more tender in the purchase commit.</summary>
public sealed class PayWithBalanceTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task Commit_WhenPaidPartlyWithTheBalance_SpendsBonusFirstAndEarnsPointsOnAllTheMoney()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        // The ¥1,000 deposit makes the member Silver: ¥300 of tea costs ¥285.
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: await PackageAsync("充1000送1100", 1000m, 100m));

        var receipt = await CommittedAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 300m)],
            payments: [StoredValue(250m), Cash(35m)]);

        var paid = receipt["storedValue"]!;
        Money(paid["used"]).ShouldBe(250m);
        Money(paid["bonusUsed"]).ShouldBe(100m);
        Money(paid["principalUsed"]).ShouldBe(150m);
        Money(paid["balance"]).ShouldBe(850m);
        Points(receipt["pointsEarned"]).ShouldBe(285, "points are earned on the balance as on money");
        (await StoredValueOfAsync(member)).ShouldBe((850m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'Spend' AND principal = -150 AND bonus = -100 AND purchase_id IS NOT NULL")).ShouldBe(1);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenTheProgrammeSpendsPrincipalFirst_KeepsTheBonusForLast()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetStoredValueAsync(spendOrder: "PrincipalFirst", depositsCountForTier: false);
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: await PackageAsync("充1000送1100", 1000m, 100m));

        var first = await CommittedAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Special("SALE", 1, 950m)], payments: [StoredValue(950m)]);
        var second = await CommittedAsync(branch.Client, "P-0002", member.CardNumber, [TillLine.Special("SALE", 1, 100m)], payments: [StoredValue(100m)]);

        Money(first["storedValue"]!["principalUsed"]).ShouldBe(950m);
        Money(first["storedValue"]!["bonusUsed"]).ShouldBe(0m);
        Money(second["storedValue"]!["principalUsed"]).ShouldBe(50m);
        Money(second["storedValue"]!["bonusUsed"]).ShouldBe(50m);
        (await StoredValueOfAsync(member)).ShouldBe((0m, 50m));
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenTheBalanceDoesNotCoverTheTender_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var stranger = await ActiveMemberAsync(branch, "13800000002");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);
        var before = await SnapshotDatabaseAsync();

        var short1 = await CommitAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 100.01m)], payments: [StoredValue(100.01m)]);
        var none = await CommitAsync(branch.Client, "P-0002", stranger.CardNumber, [TillLine.Regular("TEA", 1, 10m)], payments: [StoredValue(10m)]);

        await ShouldBeProblemAsync(short1, HttpStatusCode.Conflict, "stored_value.insufficient");
        await ShouldBeProblemAsync(none, HttpStatusCode.Conflict, "stored_value.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Commit_WhenTheBalanceTenderIsMalformed_Returns400AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);
        var before = await SnapshotDatabaseAsync();

        var twoTenders = await CommitAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 20m)], payments: [StoredValue(10m), StoredValue(10m)]);
        var threeDecimals = await CommitAsync(branch.Client, "P-0002", member.CardNumber, [TillLine.Regular("TEA", 1, 20m)], payments: [StoredValue(10.001m), Cash(9.999m)]);
        var negative = await CommitAsync(branch.Client, "P-0003", member.CardNumber, [TillLine.Regular("TEA", 1, 20m)], payments: [StoredValue(-10m), Cash(30m)]);
        var notAddingUp = await CommitAsync(branch.Client, "P-0004", member.CardNumber, [TillLine.Regular("TEA", 1, 20m)], payments: [StoredValue(15m)]);

        foreach (var response in new[] { twoTenders, threeDecimals, negative, notAddingUp })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(e => e.Key).ShouldContain(k => k.StartsWith("payments", StringComparison.Ordinal));
        }

        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Commit_WhenTheCardIsFrozen_RefusesTheBalanceTender()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);
        (await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await CommitAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 50m)], payments: [StoredValue(50m)]);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.not_active");
        (await StoredValueOfAsync(member)).ShouldBe((100m, 0m));
    }

    [Fact]
    public async Task Commit_WhenRetried_ReplaysWithoutSpendingTheBalanceTwice()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);

        var first = await CommitAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 40m)], payments: [StoredValue(40m)]);
        var retry = await CommitAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 40m)], payments: [StoredValue(40m)]);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await StoredValueOfAsync(member)).ShouldBe((60m, 0m));
    }

    [Fact]
    public async Task Commit_WhenFiftyTillsSpendABalanceThatCoversTen_ExactlyTenSucceedAndTheBooksBalance()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: await PackageAsync("充90送100", 90m, 10m));

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            CommitAsync(branch.Client, $"P-{i:00}", member.CardNumber, [TillLine.Regular("TEA", 1, 10m)], payments: [StoredValue(10m)])));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies.Distinct());
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10, report);
        bodies.Where((_, i) => responses[i].StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(b => JsonNode.Parse(b)!["code"]!.GetValue<string>() == "stored_value.insufficient", report);
        (await StoredValueOfAsync(member)).ShouldBe((0m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'Spend'")).ShouldBe(10);
        (await CountAsync("SELECT count(*) FROM membercard.purchases")).ShouldBe(10);
        await AssertStoredValueBooksBalanceAsync();
        await AssertPointsBooksBalanceAsync();
    }
}
