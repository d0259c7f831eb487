namespace MemberCard.Api.IntegrationTests.Till;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Many tills spending one member's points at once: the balance covers exactly as many as it can.</summary>
public sealed class PointsPaymentConcurrencyTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    [Fact]
    public async Task Commit_WhenFiftyParallelPaymentsCompeteForOneThousandPoints_ExactlyTenSucceed()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 1000m);

        // Special-price goods earn nothing, so every successful payment only takes 100 points away.
        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
            CommitAsync(branch.Client, $"P-{i:00}", member.CardNumber, [TillLine.Special("SALE", 1, 10.00m)], pointsUsed: 100)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies.Distinct());
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10, report);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(40, report);
        bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Conflict)
            .Select(b => JsonNode.Parse(b)!["code"]!.GetValue<string>())
            .ShouldAllBe(c => c == "checkout.points_over_limit" || c == "points.insufficient", report);
        (await BalanceOfAsync(member)).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Payment' AND points = -100")).ShouldBe(10);
        (await CountAsync("SELECT count(*) FROM membercard.purchases WHERE points_used = 100")).ShouldBe(10);
        (await CountAsync("SELECT count(*) FROM membercard.points_lots WHERE remaining > 0")).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }
}
