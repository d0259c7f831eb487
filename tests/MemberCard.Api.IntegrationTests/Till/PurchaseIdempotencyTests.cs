namespace MemberCard.Api.IntegrationTests.Till;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>A till that retries a commit gets the first result back; nothing is ever committed twice.</summary>
public sealed class PurchaseIdempotencyTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    private static readonly TillLine[] Basket = [TillLine.Regular("TEA", 2, 25.00m)];

    [Fact]
    public async Task Commit_WhenTheSameCommitIsSentFiveTimesConcurrently_CommitsOnceAndReplaysTheRest()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CommitAsync(branch.Client, "R-0001", member.CardNumber, Basket)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created, report);
        bodies.Distinct().Count().ShouldBe(1, "every retry gets the first receipt, byte for byte");
        responses.Select(r => r.Headers.GetValues(ReplayedHeader).Single()).Order().ToArray().ShouldBe(new[] { "false", "true", "true", "true", "true" });
        (await CountAsync("SELECT count(*) FROM membercard.purchases")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Earn'")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.points_lots")).ShouldBe(1);
        (await BalanceOfAsync(member)).ShouldBe(50);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenRetriedAfterLaterPurchases_ReplaysTheOriginalReceiptUnchanged()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var first = await (await CommitAsync(branch.Client, "R-0001", member.CardNumber, Basket)).Content.ReadAsStringAsync();
        await CommittedAsync(branch.Client, "R-0002", member.CardNumber, Basket);

        var retry = await CommitAsync(branch.Client, "R-0001", member.CardNumber, Basket);

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.GetValues(ReplayedHeader).ShouldBe(["true"]);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(first, "the stored receipt (balance 50), not a new one (balance 100)");
        (await BalanceOfAsync(member)).ShouldBe(100);
        (await CountAsync("SELECT count(*) FROM membercard.purchases")).ShouldBe(2);
    }

    [Fact]
    public async Task Commit_WhenTheSameReceiptComesWithADifferentBody_Returns409ReceiptConflictAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, Basket);
        var before = await SnapshotDatabaseAsync();

        var response = await CommitAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 3, 25.00m)]);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "purchase.receipt_conflict");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Commit_WhenTheSameIdempotencyKeyComesWithAnotherReceiptNumber_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var first = await CommitAsync(branch.Client, "R-0001", member.CardNumber, Basket, idempotencyKey: "pos-7f3a-0001");
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var before = await SnapshotDatabaseAsync();

        var reused = await CommitAsync(branch.Client, "R-0002", member.CardNumber, Basket, idempotencyKey: "pos-7f3a-0001");

        await reused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "purchase.idempotency_key_conflict");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Commit_WhenRetriedWithTheSameIdempotencyKeyAndBody_ReplaysTheFirstCommit()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var first = await CommitAsync(branch.Client, "R-0001", member.CardNumber, Basket, idempotencyKey: "pos-7f3a-0001");
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var before = await SnapshotDatabaseAsync();

        var retry = await CommitAsync(branch.Client, "R-0001", member.CardNumber, Basket, idempotencyKey: "pos-7f3a-0001");

        retry.StatusCode.ShouldBe(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync());
        retry.Headers.GetValues(ReplayedHeader).ShouldBe(["true"]);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Commit_WhenAnotherBranchUsesTheSameReceiptNumber_CommitsASecondPurchase()
    {
        var a = await OpenBranchAsync("SHA01", "021");
        var b = await OpenBranchAsync("SZB01", "755");
        var member = await ActiveMemberAsync(a, "13800000001");
        await CommittedAsync(a.Client, "R-0001", member.CardNumber, Basket);

        var atB = await CommitAsync(b.Client, "R-0001", member.CardNumber, Basket);

        atB.StatusCode.ShouldBe(HttpStatusCode.Created, await atB.Content.ReadAsStringAsync());
        atB.Headers.GetValues(ReplayedHeader).ShouldBe(["false"]);
        Points((await ReadJsonAsync(atB))["pointsBalance"]).ShouldBe(100);
        (await CountAsync("SELECT count(DISTINCT branch_id) FROM membercard.purchases WHERE receipt_no = 'R-0001'")).ShouldBe(2);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Earn'")).ShouldBe(2);
        await AssertPointsBooksBalanceAsync();
    }
}
