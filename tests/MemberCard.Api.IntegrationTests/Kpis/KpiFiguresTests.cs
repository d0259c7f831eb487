namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The KPI figures of the fixed data set against the hand-computed values (see <see cref="KpiTestBase"/>).</summary>
public sealed class KpiFiguresTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    [Fact]
    public async Task HqKpis_WhenMonthHasPurchasesReturnsAndExpiries_MatchHandComputedFigures()
    {
        await FixedChainAsync();

        var report = await HqReportAsync("2026-08");

        report["month"]!.GetValue<string>().ShouldBe("2026-08");
        report["from"]!.GetValue<string>().ShouldBe("2026-08-01");
        report["to"]!.GetValue<string>().ShouldBe("2026-08-31");
        report["branches"]!.AsArray().Select(b => b!["branchCode"]!.GetValue<string>()).ShouldBe(["SZA", "GZB", "BJC"]);
        AssertRow(RowOf(report, "SZA"), new()
        {
            ["newCards"] = 2, ["newCardsActivated"] = 1, ["activationRate"] = 0.5m, ["activeMembers"] = 2, ["purchases"] = 3,
            ["purchaseFrequency"] = 1.5m, ["netSpend"] = 280m, ["averageSpend"] = 93.33m, ["returnedAmount"] = 100m, ["redemptions"] = 1,
            ["pointsIssued"] = 329, ["pointsRedeemed"] = 100, ["pointsExpired"] = 200, ["pointsAdjusted"] = 50, ["outstandingPoints"] = 379,
            ["outstandingValue"] = 3.79m, ["score"] = 79.2m, ["rank"] = 1, ["grade"] = "A", ["rankedBranches"] = 3,
        });
        AssertRow(RowOf(report, "GZB"), new()
        {
            ["newCards"] = 1, ["newCardsActivated"] = 1, ["activationRate"] = 1m, ["activeMembers"] = 2, ["purchases"] = 2,
            ["purchaseFrequency"] = 1m, ["netSpend"] = 350m, ["averageSpend"] = 175m, ["returnedAmount"] = 100m, ["redemptions"] = 0,
            ["pointsIssued"] = 300, ["pointsRedeemed"] = 0, ["pointsExpired"] = 0, ["pointsAdjusted"] = 0, ["outstandingPoints"] = 300,
            ["outstandingValue"] = 3m, ["score"] = 69.4m, ["rank"] = 2, ["grade"] = "B",
        });
        AssertRow(RowOf(report, "BJC"), new()
        {
            ["newCards"] = 0, ["activationRate"] = null, ["activeMembers"] = 0, ["purchaseFrequency"] = null, ["averageSpend"] = null,
            ["netSpend"] = 0m, ["outstandingPoints"] = 0, ["score"] = 1.4m, ["rank"] = 3, ["grade"] = "C",
        });
        RowOf(report, "SZA")["complaints"]!.GetValue<int>().ShouldBe(0, "no complaint was made (service figures: KpiServiceFiguresTests)");
        foreach (var none in new[] { "medianHandlingHours", "satisfaction", "campaignParticipants", "campaignSpendUplift" })
        {
            RowOf(report, "SZA")[none].ShouldBeNull($"{none}: no complaint handled, no campaign run");
        }
    }

    [Fact]
    public async Task HqKpis_WhenAnotherMonthIsAsked_ShowThatMonthsFigures()
    {
        await FixedChainAsync();

        var july = await HqReportAsync("2026-07");
        var september = await HqReportAsync("2026-09");

        AssertRow(RowOf(july, "SZA"), new()
        {
            ["newCards"] = 1, ["activationRate"] = 1m, ["purchases"] = 1, ["netSpend"] = 300m, ["pointsIssued"] = 300, ["outstandingPoints"] = 300,
        });
        AssertRow(RowOf(july, "GZB"), new() { ["newCards"] = 1, ["newCardsActivated"] = 0, ["activationRate"] = 0m, ["purchases"] = 0 });
        AssertRow(RowOf(september, "SZA"), new()
        {
            ["newCards"] = 0, ["purchases"] = 1, ["netSpend"] = 10m, ["activeMembers"] = 1, ["pointsIssued"] = 10, ["outstandingPoints"] = 389,
        });
    }

    [Fact]
    public async Task HqKpis_WhenNoMonthIsGiven_ReportThePreviousMonthInTheProgrammeTimeZone()
    {
        await FixedChainAsync();

        // 1 September, 00:30 in Shanghai is still 31 August in UTC: the business month just ended is August.
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 31, 16, 30, 0, TimeSpan.Zero));
        var report = await ReadJsonAsync(await HeadOffice().GetAsync("/api/v1/hq/kpis"));

        report["month"]!.GetValue<string>().ShouldBe("2026-08");
        RowOf(report, "SZA")["newCards"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task HqKpis_WhenOneBranchIsNamed_ReturnItWithItsRankAmongAll()
    {
        await FixedChainAsync();

        var report = await HqReportAsync("2026-08", "gzb");

        var row = report["branches"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        row["branchCode"]!.GetValue<string>().ShouldBe("GZB");
        row["rank"]!.GetValue<int>().ShouldBe(2);
        row["rankedBranches"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task BranchKpis_WhenBranchAsksForItsMonth_ReturnOwnFiguresWithRankAndGrade()
    {
        var world = await FixedChainAsync();

        var response = await world.B.Client.GetAsync("/api/v1/branch/kpis?month=2026-08");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        AssertRow(await ReadJsonAsync(response), new()
        {
            ["branchCode"] = "GZB", ["newCards"] = 1, ["purchases"] = 2, ["netSpend"] = 350m, ["outstandingPoints"] = 300, ["rank"] = 2, ["grade"] = "B",
        });
    }

    [Fact]
    public async Task HqKpis_WhenWeightsChange_RankBranchesByTheNewWeights()
    {
        await FixedChainAsync();

        var put = await HeadOffice().PutAsJsonAsync("/api/v1/hq/kpi-weights", new
        {
            newCards = 0m, activationRate = 0m, activeMembers = 0m, purchaseFrequency = 0m, averageSpend = 1m, redemptions = 0m, satisfaction = 0m,
        });
        var weights = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpi-weights");
        var report = await HqReportAsync("2026-08");

        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        weights!["averageSpend"]!.GetValue<decimal>().ShouldBe(1m);
        weights["newCards"]!.GetValue<decimal>().ShouldBe(0m);
        AssertRow(RowOf(report, "GZB"), new() { ["score"] = 100m, ["rank"] = 1, ["grade"] = "A" });
        AssertRow(RowOf(report, "SZA"), new() { ["score"] = 50m, ["rank"] = 2, ["grade"] = "B" });
        AssertRow(RowOf(report, "BJC"), new() { ["score"] = 0m, ["rank"] = 3, ["grade"] = "C" });
    }

    [Fact]
    public async Task KpiWeights_WhenNeverSet_ReturnTheDocumentedDefaults()
    {
        var weights = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpi-weights");

        weights!["newCards"]!.GetValue<decimal>().ShouldBe(20m);
        weights["activationRate"]!.GetValue<decimal>().ShouldBe(10m);
        weights["activeMembers"]!.GetValue<decimal>().ShouldBe(25m);
        weights["purchaseFrequency"]!.GetValue<decimal>().ShouldBe(15m);
        weights["averageSpend"]!.GetValue<decimal>().ShouldBe(15m);
        weights["redemptions"]!.GetValue<decimal>().ShouldBe(5m);
        weights["satisfaction"]!.GetValue<decimal>().ShouldBe(10m);
    }

    [Fact]
    public async Task KpiCsv_WhenExported_IsUtf8WithBomAndTheSameFigures()
    {
        await FixedChainAsync();
        await ExecuteAsync("UPDATE membercard.branches SET name = '广州,天河 \"旗舰\"' WHERE code = 'GZB'");

        var response = await HeadOffice().GetAsync("/api/v1/hq/kpis.csv?month=2026-08");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("kpis-2026-08.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(4);
        lines[0].ShouldStartWith("month,rank,grade,score,branch_code,branch_name,new_cards,new_cards_activated,activation_rate,active_members,");
        lines[1].ShouldStartWith("2026-08,1,A,79.2,SZA,SZA store,2,1,0.5,2,3,1.5,280.00,93.33,100.00,1,329,100,200,50,379,3.79,0,,,,");
        lines[2].ShouldStartWith("2026-08,2,B,69.4,GZB,\"广州,天河 \"\"旗舰\"\"\",1,1,1,2,2,1,350.00,175.00,");
    }

    [Fact]
    public async Task KpiTrend_WhenAskedForMonths_ReturnsChainTotalsAndGradeCountsPerMonth()
    {
        await FixedChainAsync();

        var trend = await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/kpis/trend?months=3&to=2026-09");

        var months = trend!["months"]!.AsArray().Select(m => m!.AsObject()).ToList();
        months.Select(m => m["month"]!.GetValue<string>()).ShouldBe(["2026-07", "2026-08", "2026-09"]);
        AssertRow(months[0], new() { ["newCards"] = 2, ["activeMembers"] = 1, ["pointsIssued"] = 300, ["outstandingPoints"] = 300 });
        AssertRow(months[1], new()
        {
            ["newCards"] = 3, ["activeMembers"] = 4, ["pointsIssued"] = 629, ["pointsRedeemed"] = 100, ["pointsExpired"] = 200, ["outstandingPoints"] = 679,
        });
        AssertRow(months[1]["grades"]!.AsObject(), new() { ["a"] = 1, ["b"] = 1, ["c"] = 1, ["d"] = 0 });
        AssertRow(months[2], new() { ["newCards"] = 0, ["activeMembers"] = 1, ["pointsIssued"] = 10, ["outstandingPoints"] = 689 });
    }
}
