namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Application.Kpis.Common;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// KPIs over HTTP: a chain built through the API on pinned business dates (members born on 12 May, which no
/// test date falls on, so a Regular member earns one point per yuan), then read back as head office or a branch.
/// </summary>
public abstract class KpiTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected const string RollupRebuild = "kpi-rollup-rebuild";

    private static readonly string[] RollupTables = ["branch_daily_stats", "branch_monthly_stats", "branch_monthly_points", "member_branch_month_activity"];

    /// <summary>
    /// The hand-computed data set (same for every test that uses it). Points expire after one month so an expiry falls inside August 2026.
    /// <code>
    /// 07-10  m1 joins at A (activated); buys ¥300 at A (A-0701)                  m1 lot 300, expires 08-10
    /// 07-31  m4 joins at B, not activated
    /// 08-02  m4 activated (a July card: counts for no month's activation rate)
    /// 08-03  m2 joins at A (activated), m3 joins at A (never activated), m5 joins at B
    /// 08-04  m1 buys ¥200 at A (A-0801, +200); m2 buys ¥100 at A (A-0802, +100)
    /// 08-05  m5 activated at B; m1 buys ¥50 at B (B-0801, +50 for home A); m5 buys ¥300+¥100 at B (B-0802, +400)
    /// 08-06  m1 buys ¥80 at A paying 100 points (A-0803: −100 from the July lot, +79 on ¥79 paid)
    /// 08-07  A-0802 returned in full (¥100, −100 points); line 2 of B-0802 returned (¥100, −100 points)
    /// 08-10  expiry: 200 points left in m1's July lot
    /// 08-12  head office adjusts m2 by +50
    /// 09-02  m1 buys ¥10 at A (A-0901): September, outside August
    /// </code>
    /// August, A: 2 new cards, 1 activated (50%); 3 purchases ¥380 − ¥100 returned = ¥280 net, avg ¥93.33; active m1, m2
    /// (frequency 1.5); 1 redemption; points issued 200+50+79+100−100 = 329, redeemed 100, expired 200, adjusted +50;
    /// outstanding 300 (July) + 79 = 379 → ¥3.79.
    /// August, B: 1 new card, activated (100%); 2 purchases ¥450 − ¥100 = ¥350 net, avg ¥175.00; active m1, m5
    /// (frequency 1.0); points issued 400−100 = 300 (m1's 50 belong to his home A), outstanding 300.
    /// August, C: nothing; rates null; ranked last.
    /// </summary>
    protected async Task<KpiWorld> FixedChainAsync()
    {
        On(D(2026, 7, 1));
        await SetPointsExpiryMonthsAsync(1);
        var a = await OpenBranchAsync("SZA", "755");
        var b = await OpenBranchAsync("GZB", "020");
        var c = await OpenBranchAsync("BJC", "010");

        On(D(2026, 7, 10));
        var m1 = await ActiveAsync(a, "13800000001");
        await BuyAsync(a, "A-0701", m1, [300m]);
        On(D(2026, 7, 31));
        var m4 = await IssuedAsync(b, "13800000004");
        On(D(2026, 8, 2));
        await ActivateAtBranchAsync(b, m4.CardNumber);
        On(D(2026, 8, 3));
        var m2 = await ActiveAsync(a, "13800000002");
        await IssuedAsync(a, "13800000003");
        var m5 = await IssuedAsync(b, "13800000005");
        On(D(2026, 8, 4));
        await BuyAsync(a, "A-0801", m1, [200m]);
        await BuyAsync(a, "A-0802", m2, [100m]);
        On(D(2026, 8, 5));
        await ActivateAtBranchAsync(b, m5.CardNumber);
        await BuyAsync(b, "B-0801", m1, [50m]);
        await BuyAsync(b, "B-0802", m5, [300m, 100m]);
        On(D(2026, 8, 6));
        var paid = await BuyAsync(a, "A-0803", m1, [80m], pointsUsed: 100);
        paid["pointsEarned"]!.GetValue<long>().ShouldBe(79);
        On(D(2026, 8, 7));
        await ReturnAsync(a, "A-0802", 1);
        await ReturnAsync(b, "B-0802", 2);
        On(D(2026, 8, 10));
        (await RunJobAsync("points-expiry", D(2026, 8, 10)))["processed"]!.GetValue<int>().ShouldBe(1);
        On(D(2026, 8, 12));
        await AdjustAsync(m2, 50);
        On(D(2026, 9, 2));
        await BuyAsync(a, "A-0901", m1, [10m]);
        On(D(2026, 9, 15));
        return new KpiWorld(a, b, c);
    }

    /// <summary>Pins the API clock to noon of a business date in China.</summary>
    protected void On(DateOnly date) => Factory.Clock.SetChinaDate(date);

    protected static DateOnly D(int year, int month, int day) => new(year, month, day);

    protected async Task<KpiMember> IssuedAsync(TestBranch branch, string phone)
    {
        var card = await ApplyOfflineAsync(branch, phone);
        return new KpiMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>());
    }

    protected async Task<KpiMember> ActiveAsync(TestBranch branch, string phone)
    {
        var member = await IssuedAsync(branch, phone);
        await ActivateAtBranchAsync(branch, member.CardNumber);
        return member;
    }

    /// <summary>A purchase of regular-price lines, one unit each at the given prices.</summary>
    protected static async Task<JsonObject> BuyAsync(TestBranch branch, string receiptNo, KpiMember member, decimal[] prices, long? pointsUsed = null)
    {
        var lines = prices.Select((price, i) => new { sku = $"SKU-{i + 1}", quantity = 1, unitPrice = price }).ToList();
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo, code = member.CardNumber, lines, pointsUsed });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static async Task<JsonObject> ReturnAsync(TestBranch branch, string receiptNo, params int[] lineNos)
    {
        var response = await branch.Client.PostAsJsonAsync(
            $"/api/v1/branch/purchases/{receiptNo}/returns", new { lines = lineNos.Select(n => new { lineNo = n, quantity = 1 }) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected async Task AdjustAsync(KpiMember member, long points)
    {
        var response = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/members/{member.MemberId}/points/adjustments", new { points, reason = "kpi test" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    protected async Task<JsonObject> RunJobAsync(string job, DateOnly asOf)
    {
        var response = await HeadOffice().PostAsync($"/api/v1/hq/jobs/{job}/run?asOf={asOf:yyyy-MM-dd}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await ReadJsonAsync(response);
        report["skipped"]!.GetValue<bool>().ShouldBeFalse(report.ToJsonString());
        return report;
    }

    protected async Task SetPointsExpiryMonthsAsync(int months)
    {
        var hq = HeadOffice();
        var programme = await hq.GetFromJsonAsync<JsonObject>("/api/v1/hq/programme");
        programme!["pointsExpiryMonths"] = months;
        var put = await hq.PutAsJsonAsync("/api/v1/hq/programme", programme);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
    }

    protected async Task<JsonObject> HqReportAsync(string month, string? branch = null)
    {
        var response = await HeadOffice().GetAsync($"/api/v1/hq/kpis?month={month}" + (branch is null ? string.Empty : "&branch=" + branch));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static JsonObject RowOf(JsonObject report, string branchCode) =>
        report["branches"]!.AsArray().Select(b => b!.AsObject()).Single(b => b["branchCode"]!.GetValue<string>() == branchCode);

    /// <summary>Every rollup row, as text, in key order: what the deltas folded so far (this folds the rest) or a rebuild left.</summary>
    protected async Task<IReadOnlyDictionary<string, string[]>> RollupsAsync()
    {
        await FoldAsync();
        await using var connection = await Factory.OpenConnectionAsync();
        var result = new Dictionary<string, string[]>();
        foreach (var table in RollupTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT t::text FROM membercard.{table} t ORDER BY t::text";
            var rows = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }

            result[table] = [.. rows];
        }

        return result;
    }

    /// <summary>Folds the pending KPI deltas into the rollups (the background fold is off in tests); returns how many.</summary>
    protected Task<int> FoldAsync() => Factory.Services.GetRequiredService<IKpiDeltaFolder>().FoldAsync(CancellationToken.None);

    protected async Task ExecuteAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    protected static string Describe(IReadOnlyDictionary<string, string[]> rollups)
    {
        var text = new StringBuilder();
        foreach (var (table, rows) in rollups)
        {
            text.Append(table).Append(": ").AppendLine(CultureInfo.InvariantCulture, $"{rows.Length} rows");
            foreach (var row in rows)
            {
                text.Append("  ").AppendLine(row);
            }
        }

        return text.ToString();
    }

    /// <summary>Checks the named fields of a JSON row, reporting every mismatch at once.</summary>
    protected static void AssertRow(JsonObject row, Dictionary<string, object?> expected)
    {
        var failures = new List<string>();
        foreach (var (name, value) in expected)
        {
            var actual = row[name];
            var matches = value switch
            {
                null => actual is null,
                string s => actual?.GetValue<string>() == s,
                int i => actual?.GetValue<decimal>() == i,
                decimal d => actual?.GetValue<decimal>() == d,
                _ => false,
            };
            if (!matches)
            {
                failures.Add($"{name}: expected {value ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
            }
        }

        failures.ShouldBeEmpty(string.Join("; ", failures) + Environment.NewLine + row.ToJsonString());
    }
}
