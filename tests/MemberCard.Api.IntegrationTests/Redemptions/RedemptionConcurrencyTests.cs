namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Parallel redemptions against one balance or one stock: exactly what is covered succeeds, nothing goes negative.</summary>
public sealed class RedemptionConcurrencyTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task GiftRedemption_When50ArriveInParallelAndTheBalanceCovers10_Exactly10SucceedAndTheRestConflict()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 1_000);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 1_000);

        var responses = await Task.WhenAll(Enumerable.Range(1, 50)
            .Select(i => RedeemAtCounterAsync(branch, member, gift, $"POS-{i:D4}")));

        await ShouldBeTenWinnersAsync(responses, "points.insufficient");
        (await BalanceOfAsync(member)).ShouldBe(0);
        (await StockOfAsync(gift)).ShouldBe(990);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.redemptions")).ShouldBe(10);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Redeem'")).ShouldBe(10);
        (await ScalarAsync<long>("SELECT coalesce(sum(remaining), -1)::bigint FROM membercard.points_lots")).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Payment_When50ArriveInParallelAndTheBalanceCovers10_Exactly10SucceedAndTheRestConflict()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 1_000);

        var responses = await Task.WhenAll(Enumerable.Range(1, 50)
            .Select(i => PayAtCounterAsync(branch, member, 100, $"PAY-{i:D4}")));

        await ShouldBeTenWinnersAsync(responses, "points.insufficient");
        (await BalanceOfAsync(member)).ShouldBe(0);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Payment'")).ShouldBe(10);
        (await ScalarAsync<decimal>("SELECT sum(value) FROM membercard.redemptions WHERE kind = 'Payment'")).ShouldBe(10.00m);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task GiftRedemption_When20MembersRaceForAStockOf5_Exactly5SucceedAndStockEndsAtZero()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var members = new List<PointsMember>();
        for (var i = 0; i < 20; i++)
        {
            var member = await NewMemberAsync(branch, $"1380013{i:D4}");
            (await PurchaseAsync(branch, member, 300))["pointsEarned"]!.GetValue<long>().ShouldBe(300);
            members.Add(member);
        }

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var gift = await CreateGiftAsync(pointsPrice: 200, stock: 5);

        var responses = await Task.WhenAll(members.Select((m, i) => RedeemAtCounterAsync(branch, m, gift, $"POS-{i:D4}")));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(5, report);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(15, report);
        bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Conflict)
            .Select(b => JsonNode.Parse(b)!["code"]!.GetValue<string>())
            .ShouldAllBe(c => c == "gift.out_of_stock", report);
        (await StockOfAsync(gift)).ShouldBe(0);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.redemptions")).ShouldBe(5);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.members WHERE points_balance = 100")).ShouldBe(5);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.members WHERE points_balance = 300")).ShouldBe(15);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task GiftRedemption_WhenOneReferenceIsRetried5TimesInParallel_RedeemsOnceAndAnswersEachWithTheSameRedemption()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 10);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RedeemAtCounterAsync(branch, member, gift, "POS-0001")));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created, report);
        bodies.Select(b => JsonNode.Parse(b)!["redemptionId"]!.GetValue<string>()).Distinct().Count().ShouldBe(1, report);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.redemptions")).ShouldBe(1);
        (await BalanceOfAsync(member)).ShouldBe(400);
        (await StockOfAsync(gift)).ShouldBe(9);
        await AssertPointsBooksBalanceAsync();
    }

    private async Task ShouldBeTenWinnersAsync(HttpResponseMessage[] responses, string loserCode)
    {
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies) + Environment.NewLine + Factory.ServerErrors.Dump();
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10, report);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(40, report);
        bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Conflict)
            .Select(b => JsonNode.Parse(b)!["code"]!.GetValue<string>())
            .ShouldAllBe(c => c == loserCode, report);
        var balances = bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Created)
            .Select(b => JsonNode.Parse(b)!["pointsBalance"]!.GetValue<long>())
            .Order()
            .ToList();
        balances.ShouldBe([0, 100, 200, 300, 400, 500, 600, 700, 800, 900], report);
    }
}
