namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Saves append KPI deltas and a fold moves them into the rollups later (the background fold is off in tests,
/// so each test folds when it says so): the rollups end up exact whatever the concurrency, each delta is folded
/// once, and the KPIs count a commit before any fold.
/// </summary>
public sealed class KpiDeltaFoldTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    private static readonly DateOnly Day = new(2026, 8, 4);

    [Fact]
    public async Task Fold_AfterConcurrentCommitsFromSeveralTills_LeavesTheRollupsOfADirectRecomputation()
    {
        var (branches, members) = await ChainAsync(tills: 3, membersPerTill: 3);
        
        // Every member buys at every till (members[0..2] twice), so sales meet on members' rows and on branch-days.
        var sales = Enumerable.Range(0, 36)
            .Select(i => SaleAsync(branches[i % 3], $"C-{i:D3}", members[i / 3 % 9], 10m + i, pointsUsed: i % 5 == 0 ? 100 : null));

        await Task.WhenAll(sales);
        var folded = await FoldAsync();
        var incremental = await RollupsAsync();
        await ExecuteAsync("TRUNCATE membercard.branch_daily_stats, membercard.branch_monthly_stats, membercard.branch_monthly_points, membercard.member_branch_month_activity");
        await RunJobAsync(RollupRebuild, Day);
        var rebuilt = await RollupsAsync();

        folded.ShouldBeGreaterThanOrEqualTo(36, "one delta row at least per purchase");
        (await PendingDeltasAsync()).ShouldBe(0);
        (await ScalarAsync("SELECT sum(purchases) FROM membercard.branch_daily_stats WHERE business_date = '2026-08-04'")).ShouldBe(36);
        (await ScalarAsync("SELECT sum(active_members) FROM membercard.branch_daily_stats WHERE business_date = '2026-08-04'")).ShouldBe(27, "9 members at each of 3 tills");
        foreach (var table in incremental.Keys)
        {
            rebuilt[table].ShouldBe(incremental[table], $"{table}{Environment.NewLine}folded:{Environment.NewLine}{Describe(incremental)}rebuilt:{Environment.NewLine}{Describe(rebuilt)}");
        }
    }

    [Fact]
    public async Task Fold_WhenRunConcurrentlyWithItselfAndWithCommits_FoldsEachDeltaOnce()
    {
        var (branches, members) = await ChainAsync(tills: 2, membersPerTill: 3);

        // Each member buys twice at each till: a sale at the member's home till is one delta row, one elsewhere is
        // two (the points belong to the home branch), so 12 + 24 = 36 rows.
        var sales = Enumerable.Range(0, 24).Select(i => SaleAsync(branches[i % 2], $"F-{i:D3}", members[i / 2 % 6], 20m, pointsUsed: null)).ToList();
        var folds = Enumerable.Range(0, 6).Select(async _ =>
        {
            var count = 0;
            for (var round = 0; round < 4; round++)
            {
                count += await FoldAsync();
            }

            return count;
        }).ToList();

        await Task.WhenAll(sales);
        var foldedMeanwhile = (await Task.WhenAll(folds)).Sum();
        var foldedAfter = await FoldAsync();
        var twice = await Task.WhenAll(FoldAsync(), FoldAsync());

        (foldedMeanwhile + foldedAfter).ShouldBe(36, "each delta folded once");
        twice.ShouldBe([0, 0]);
        (await PendingDeltasAsync()).ShouldBe(0);
        (await ScalarAsync("SELECT sum(purchases) FROM membercard.branch_daily_stats")).ShouldBe(24);
        (await ScalarAsync("SELECT sum(purchase_amount) FROM membercard.branch_daily_stats")).ShouldBe(480);
        (await ScalarAsync("SELECT sum(active_members) FROM membercard.branch_daily_stats")).ShouldBe(12, "6 members at each of 2 tills");
        (await ScalarAsync("SELECT sum(net_points) FROM membercard.branch_monthly_points"))
            .ShouldBe(await ScalarAsync("SELECT sum(points) FROM membercard.points_ledger"));
    }

    [Fact]
    public async Task HqKpis_WhenSomeDeltasAreNotFoldedYet_AlreadyCountTheCommits()
    {
        var (branches, members) = await ChainAsync(tills: 1, membersPerTill: 2);
        await FoldAsync();
        await SaleAsync(branches[0], "P-001", members[0], 100m, pointsUsed: null);
        await FoldAsync();
        await SaleAsync(branches[0], "P-002", members[0], 50m, pointsUsed: null);
        await SaleAsync(branches[0], "P-003", members[1], 30m, pointsUsed: null);

        var pending = await PendingDeltasAsync();
        var before = RowOf(await HqReportAsync("2026-08"), branches[0].Code);
        var own = await ReadJsonAsync(await branches[0].Client.GetAsync("/api/v1/branch/kpis?month=2026-08"));
        var trendBefore = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpis/trend?months=2&to=2026-08");
        await FoldAsync();
        var after = RowOf(await HqReportAsync("2026-08"), branches[0].Code);
        var trendAfter = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpis/trend?months=2&to=2026-08");

        pending.ShouldBeGreaterThanOrEqualTo(2, "the last two sales are still deltas when read");
        before["purchases"]!.GetValue<long>().ShouldBe(3);
        before["netSpend"]!.GetValue<decimal>().ShouldBe(180m);
        before["activeMembers"]!.GetValue<long>().ShouldBe(2, "member 0 was made active by a folded sale, member 1 by a pending one");
        before["pointsIssued"]!.GetValue<long>().ShouldBe(180);
        before["outstandingPoints"]!.GetValue<long>().ShouldBe(2180, "1,000 points adjusted to each member on 1 August, and 180 earned");
        own["purchases"]!.GetValue<long>().ShouldBe(3);
        after.ToJsonString().ShouldBe(before.ToJsonString());
        trendAfter!.ToJsonString().ShouldBe(trendBefore!.ToJsonString());
    }

    [Fact]
    public async Task Fold_WhenDeltasOfEarlierMonthsAreFoldedAfterLaterOnes_CarriesThemIntoTheLaterBalances()
    {
        var (branches, members) = await ChainAsync(tills: 1, membersPerTill: 1);
        On(new DateOnly(2026, 9, 3));
        await SaleAsync(branches[0], "L-001", members[0], 40m, pointsUsed: null);
        await FoldAsync();
        var before = RowOf(await HqReportAsync("2026-09"), branches[0].Code)["outstandingPoints"]!.GetValue<long>();

        // Transactions open across a month's end commit deltas dated in the earlier month after later ones were
        // folded: July has no row yet (inserted), August has one (upserted) and September is not in the batch.
        await LateDeltaAsync(branches[0], "2026-07-15", 7);
        await LateDeltaAsync(branches[0], "2026-08-20", 5);
        var pending = RowOf(await HqReportAsync("2026-09"), branches[0].Code);
        var pendingTrend = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpis/trend?months=3&to=2026-09");
        await FoldAsync();
        var folded = RowOf(await HqReportAsync("2026-09"), branches[0].Code);
        var foldedTrend = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpis/trend?months=3&to=2026-09");

        before.ShouldBe(1040, "1,000 points adjusted on 1 August and 40 earned in September");
        pending["outstandingPoints"]!.GetValue<long>().ShouldBe(1052, "the pending deltas count before they are folded");
        folded.ToJsonString().ShouldBe(pending.ToJsonString());
        foldedTrend!.ToJsonString().ShouldBe(pendingTrend!.ToJsonString());
        foldedTrend["months"]!.AsArray().Select(m => m!["outstandingPoints"]!.GetValue<long>()).ShouldBe([7, 1012, 1052]);
        (await ScalarAsync("""
            SELECT count(*) FROM membercard.branch_monthly_points t
            WHERE closing_points <> (SELECT sum(net_points) FROM membercard.branch_monthly_points p WHERE p.branch_id = t.branch_id AND p.month <= t.month)
            """)).ShouldBe(0, "every running balance is the sum of its branch's monthly changes up to it");
        (await ScalarAsync("""
            SELECT count(*) FROM membercard.branch_monthly_stats s FULL JOIN membercard.branch_monthly_points p USING (branch_id, month)
            WHERE coalesce(s.net_points, 0) <> coalesce(p.net_points, 0)
            """)).ShouldBe(0);
    }

    /// <summary>Tills (one branch each, region 755) with members of their own, all on <see cref="Day"/>, every delta folded.</summary>
    private async Task<(TestBranch[] Branches, List<KpiMember> Members)> ChainAsync(int tills, int membersPerTill)
    {
        On(Day.AddDays(-3));
        var branches = new TestBranch[tills];
        var members = new List<KpiMember>();
        for (var t = 0; t < tills; t++)
        {
            branches[t] = await OpenBranchAsync("FT" + t.ToString(CultureInfo.InvariantCulture), "755");
            for (var m = 0; m < membersPerTill; m++)
            {
                members.Add(await ActiveAsync(branches[t], "1370000" + ((t * 100) + m).ToString("D4", CultureInfo.InvariantCulture)));
            }
        }

        // Earned points are spendable after the day they are earned.
        foreach (var member in members)
        {
            await AdjustAsync(member, 1000);
        }

        On(Day);
        await FoldAsync();
        return (branches, members);
    }

    private static async Task SaleAsync(TestBranch branch, string receiptNo, KpiMember member, decimal price, long? pointsUsed)
    {
        var lines = new[] { new { sku = "SKU-1", quantity = 1, unitPrice = price } };
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo, code = member.CardNumber, lines, pointsUsed });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A delta that carries only a points change for the branch on a date, as the interceptor writes one.</summary>
    private Task LateDeltaAsync(TestBranch branch, string businessDate, long netPoints) => ExecuteAsync($"""
        INSERT INTO membercard.kpi_deltas
            (id, branch_id, business_date, new_cards, new_cards_activated, purchases, purchase_amount, returns, returned_amount, redemptions,
             points_earned, points_reversed, points_gifted, points_adjusted, points_redeemed, points_paid, points_refunded, points_expired, net_points)
        SELECT gen_random_uuid(), id, '{businessDate}', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, {netPoints}, 0, 0, 0, 0, {netPoints}
        FROM membercard.branches WHERE code = '{branch.Code}'
        """);

    private async Task<long> PendingDeltasAsync() => await ScalarAsync("SELECT count(*) FROM membercard.kpi_deltas");

    private async Task<long> ScalarAsync(string sql) => Convert.ToInt64((await QueryAsync(sql)).Single()[0], CultureInfo.InvariantCulture);
}
