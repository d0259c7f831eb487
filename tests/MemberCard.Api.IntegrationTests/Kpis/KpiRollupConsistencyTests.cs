namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The incrementally kept rollups against a recomputation from the source tables, after a seeded random run of
/// joins, activations, purchases (some paid partly with points), returns, adjustments and daily expiry.
/// </summary>
public sealed class KpiRollupConsistencyTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    private static readonly DateOnly Start = new(2026, 6, 20);

    [Fact]
    public async Task Rollups_WhenRebuiltAfterRandomPurchasesAndReturns_EqualTheIncrementalOnes()
    {
        await RandomHistoryAsync(seed: 20261128, days: 45);
        var incremental = await RollupsAsync();
        await ExecuteAsync("TRUNCATE membercard.branch_daily_stats, membercard.branch_monthly_stats, membercard.branch_monthly_points, membercard.member_branch_month_activity");

        var run = await RunJobAsync(RollupRebuild, Start);
        var rebuilt = await RollupsAsync();

        run["processed"]!.GetValue<int>().ShouldBeGreaterThan(0);
        incremental["branch_daily_stats"].Length.ShouldBeGreaterThan(30, "the random run touched many branch-days");
        rebuilt.Keys.ShouldBe(incremental.Keys);
        foreach (var table in incremental.Keys)
        {
            rebuilt[table].ShouldBe(incremental[table], $"{table}{Environment.NewLine}incremental:{Environment.NewLine}{Describe(incremental)}rebuilt:{Environment.NewLine}{Describe(rebuilt)}");
        }
    }

    [Fact]
    public async Task HqKpis_AfterRandomPurchasesAndReturns_EqualADirectQueryOfTheSourceTables()
    {
        await RandomHistoryAsync(seed: 7, days: 40);
        var direct = await QueryAsync("""
            WITH months AS (SELECT generate_series(date '2026-06-01', date '2026-07-01', interval '1 month')::date AS m)
            SELECT b.code, to_char(months.m, 'YYYY-MM'),
                   (SELECT count(*) FROM membercard.purchases p WHERE p.branch_id = b.id AND date_trunc('month', p.business_date) = months.m),
                   (SELECT coalesce(sum(p.net_amount), 0) FROM membercard.purchases p WHERE p.branch_id = b.id AND date_trunc('month', p.business_date) = months.m)
                   - (SELECT coalesce(sum(r.returned_amount), 0) FROM membercard.purchase_returns r WHERE r.branch_id = b.id AND date_trunc('month', r.business_date) = months.m),
                   (SELECT count(DISTINCT p.member_id) FROM membercard.purchases p WHERE p.branch_id = b.id AND date_trunc('month', p.business_date) = months.m),
                   (SELECT coalesce(sum(l.points), 0) FROM membercard.points_ledger l JOIN membercard.members mb ON mb.id = l.member_id
                     WHERE mb.home_branch_id = b.id AND l.business_date < months.m + interval '1 month'),
                   (SELECT coalesce(-sum(l.points), 0) FROM membercard.points_ledger l JOIN membercard.members mb ON mb.id = l.member_id
                     WHERE mb.home_branch_id = b.id AND l.kind IN ('Expire', 'Forfeit') AND date_trunc('month', l.business_date) = months.m)
            FROM membercard.branches b CROSS JOIN months ORDER BY 1, 2
            """);
        var failures = new List<string>();

        foreach (var month in new[] { "2026-06", "2026-07" })
        {
            var report = await HqReportAsync(month);
            foreach (var row in direct.Where(r => (string)r[1]! == month))
            {
                var kpi = RowOf(report, (string)row[0]!);
                Compare(failures, $"{row[0]} {month} purchases", Convert.ToInt64(row[2], CultureInfo.InvariantCulture), kpi["purchases"]!.GetValue<long>());
                Compare(failures, $"{row[0]} {month} net spend", Convert.ToDecimal(row[3], CultureInfo.InvariantCulture), kpi["netSpend"]!.GetValue<decimal>());
                Compare(failures, $"{row[0]} {month} active", Convert.ToInt64(row[4], CultureInfo.InvariantCulture), kpi["activeMembers"]!.GetValue<long>());
                Compare(failures, $"{row[0]} {month} outstanding", Convert.ToInt64(row[5], CultureInfo.InvariantCulture), kpi["outstandingPoints"]!.GetValue<long>());
                Compare(failures, $"{row[0]} {month} expired", Convert.ToInt64(row[6], CultureInfo.InvariantCulture), kpi["pointsExpired"]!.GetValue<long>());
            }
        }

        direct.Sum(r => Convert.ToInt64(r[2], CultureInfo.InvariantCulture)).ShouldBeGreaterThan(40);
        direct.Sum(r => Convert.ToInt64(r[6], CultureInfo.InvariantCulture)).ShouldBeGreaterThan(0, "some points expired in the run");
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static void Compare<T>(List<string> failures, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            failures.Add($"{what}: direct {expected}, KPI {actual}");
        }
    }

    /// <summary>
    /// A seeded history from <see cref="Start"/>: points expire after a month so expiries happen inside it. Each
    /// day some members join (most activated at once, some days later), members buy at any branch, some paying
    /// with points, earlier receipts are partly returned, head office adjusts now and then, and expiry runs.
    /// </summary>
    private async Task RandomHistoryAsync(int seed, int days)
    {
        var random = new Random(seed);
        On(Start);
        await SetPointsExpiryMonthsAsync(1);
        TestBranch[] branches = [await OpenBranchAsync("RNA", "755"), await OpenBranchAsync("RNB", "020"), await OpenBranchAsync("RNC", "010")];
        var active = new List<KpiMember>();
        var waiting = new List<(TestBranch Branch, KpiMember Member)>();
        var receipts = new List<(TestBranch Branch, string ReceiptNo, List<int> OpenLines)>();
        var phones = 0;
        var receiptCount = 0;

        for (var day = 0; day < days; day++)
        {
            On(Start.AddDays(day));
            for (var joins = random.Next(0, 3); joins > 0; joins--)
            {
                var branch = branches[random.Next(branches.Length)];
                var member = await IssuedAsync(branch, "139" + (++phones).ToString("D8", CultureInfo.InvariantCulture));
                if (random.NextDouble() < 0.75)
                {
                    await ActivateAtBranchAsync(branch, member.CardNumber);
                    active.Add(member);
                }
                else
                {
                    waiting.Add((branch, member));
                }
            }

            foreach (var pending in waiting.Where(_ => random.NextDouble() < 0.2).ToList())
            {
                await ActivateAtBranchAsync(pending.Branch, pending.Member.CardNumber);
                waiting.Remove(pending);
                active.Add(pending.Member);
            }

            for (var sales = active.Count == 0 ? 0 : random.Next(0, 5); sales > 0; sales--)
            {
                var branch = branches[random.Next(branches.Length)];
                var member = active[random.Next(active.Count)];
                var prices = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(5, 150) + (random.Next(2) * 0.5m)).ToArray();
                var receiptNo = "RN-" + (++receiptCount).ToString("D5", CultureInfo.InvariantCulture);
                await SellAsync(branch, receiptNo, member, prices, random.NextDouble() < 0.25 ? random.Next(1, 4) * 100 : null);
                receipts.Add((branch, receiptNo, Enumerable.Range(1, prices.Length).ToList()));
            }

            if (receipts.Count > 0 && random.NextDouble() < 0.5)
            {
                var (branch, receiptNo, open) = receipts[random.Next(receipts.Count)];
                if (open.Count > 0)
                {
                    var line = open[random.Next(open.Count)];
                    open.Remove(line);
                    await ReturnAsync(branch, receiptNo, line);
                }
            }

            if (active.Count > 0 && random.NextDouble() < 0.1)
            {
                await AdjustAsync(active[random.Next(active.Count)], random.Next(1, 50));
            }

            await RunJobAsync("points-expiry", Start.AddDays(day));
        }
    }

    /// <summary>Pays with points when the member has enough spendable; otherwise the same sale without them.</summary>
    private static async Task SellAsync(TestBranch branch, string receiptNo, KpiMember member, decimal[] prices, long? pointsUsed)
    {
        var lines = prices.Select((price, i) => new { sku = $"SKU-{i + 1}", quantity = 1, unitPrice = price }).ToList();
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo, code = member.CardNumber, lines, pointsUsed });
        if (pointsUsed is not null && response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest)
        {
            response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo, code = member.CardNumber, lines });
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
