namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Every month row carries the same branch's previous month, checked against the hand-computed figures of the
/// fixed data set (<see cref="KpiTestBase.FixedChainAsync"/>): September's previous month is August, the month
/// with the returns and the expiry; August's is July.
/// </summary>
public sealed class KpiPreviousMonthTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    [Fact]
    public async Task HqKpis_WhenMonthFollowsOneWithReturnsAndAnExpiry_CarryThatMonthAsPrevious()
    {
        await FixedChainAsync();

        var report = await HqReportAsync("2026-09");

        var a = RowOf(report, "SZA");
        AssertRow(a, new() { ["month"] = "2026-09", ["purchases"] = 1, ["netSpend"] = 10m, ["pointsIssued"] = 10, ["outstandingPoints"] = 389 });
        AssertRow(Previous(a), new()
        {
            ["month"] = "2026-08", ["branchCode"] = "SZA", ["newCards"] = 2, ["newCardsActivated"] = 1, ["activationRate"] = 0.5m, ["activeMembers"] = 2,
            ["purchases"] = 3, ["purchaseFrequency"] = 1.5m, ["netSpend"] = 280m, ["averageSpend"] = 93.33m, ["returnedAmount"] = 100m,
            ["redemptions"] = 1, ["pointsIssued"] = 329, ["pointsRedeemed"] = 100, ["pointsExpired"] = 200, ["pointsAdjusted"] = 50,
            ["outstandingPoints"] = 379, ["outstandingValue"] = 3.79m, ["score"] = 79.2m, ["rank"] = 1, ["grade"] = "A", ["rankedBranches"] = 3,
            ["previous"] = null,
        });
        AssertRow(Previous(RowOf(report, "GZB")), new()
        {
            ["month"] = "2026-08", ["newCards"] = 1, ["activationRate"] = 1m, ["activeMembers"] = 2, ["purchases"] = 2, ["netSpend"] = 350m,
            ["averageSpend"] = 175m, ["returnedAmount"] = 100m, ["pointsIssued"] = 300, ["pointsExpired"] = 0, ["outstandingPoints"] = 300,
            ["rank"] = 2, ["grade"] = "B",
        });
        AssertRow(Previous(RowOf(report, "BJC")), new()
        {
            ["month"] = "2026-08", ["newCards"] = 0, ["activationRate"] = null, ["purchases"] = 0, ["outstandingPoints"] = 0, ["rank"] = 3,
        });
    }

    [Fact]
    public async Task HqKpis_WhenPreviousMonthIsTheFirstOfTheProgramme_CarryItsFiguresAndOutstandingPoints()
    {
        await FixedChainAsync();

        var report = await HqReportAsync("2026-08");

        AssertRow(Previous(RowOf(report, "SZA")), new()
        {
            ["month"] = "2026-07", ["newCards"] = 1, ["activationRate"] = 1m, ["purchases"] = 1, ["netSpend"] = 300m, ["returnedAmount"] = 0m,
            ["pointsIssued"] = 300, ["pointsExpired"] = 0, ["outstandingPoints"] = 300,
        });
        AssertRow(Previous(RowOf(report, "GZB")), new()
        {
            ["month"] = "2026-07", ["newCards"] = 1, ["newCardsActivated"] = 0, ["activationRate"] = 0m, ["purchases"] = 0, ["outstandingPoints"] = 0,
        });
    }

    [Fact]
    public async Task HqKpis_WhenOneBranchIsNamed_CarryItsPreviousMonthWithItsRankThen()
    {
        await FixedChainAsync();

        var report = await HqReportAsync("2026-09", "GZB");

        var row = report["branches"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        AssertRow(Previous(row), new() { ["month"] = "2026-08", ["branchCode"] = "GZB", ["netSpend"] = 350m, ["rank"] = 2, ["rankedBranches"] = 3 });
    }

    [Fact]
    public async Task BranchKpis_WhenBranchAsksForAMonth_CarryItsOwnPreviousMonth()
    {
        var world = await FixedChainAsync();

        var response = await world.B.Client.GetAsync("/api/v1/branch/kpis?month=2026-09");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var row = await ReadJsonAsync(response);
        AssertRow(row, new() { ["branchCode"] = "GZB", ["month"] = "2026-09", ["purchases"] = 0, ["outstandingPoints"] = 300 });
        AssertRow(Previous(row), new()
        {
            ["branchCode"] = "GZB", ["month"] = "2026-08", ["purchases"] = 2, ["netSpend"] = 350m, ["returnedAmount"] = 100m, ["pointsIssued"] = 300,
        });
    }

    [Fact]
    public async Task KpiCsv_WhenExported_CarriesThePreviousMonthAsPreviousColumns()
    {
        await FixedChainAsync();

        var response = await HeadOffice().GetAsync("/api/v1/hq/kpis.csv?month=2026-09");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var sza = lines.Single(l => l.Contains(",SZA,", StringComparison.Ordinal)).Split(',');
        header.Length.ShouldBe(sza.Length);
        var cells = header.Zip(sza).ToDictionary(p => p.First, p => p.Second);
        cells["month"].ShouldBe("2026-09");
        cells["net_spend"].ShouldBe("10.00");
        cells["previous_month"].ShouldBe("2026-08");
        cells["previous_rank"].ShouldBe("1");
        cells["previous_grade"].ShouldBe("A");
        cells["previous_net_spend"].ShouldBe("280.00");
        cells["previous_returned_amount"].ShouldBe("100.00");
        cells["previous_points_expired"].ShouldBe("200");
        cells["previous_outstanding_points"].ShouldBe("379");
        cells["previous_activation_rate"].ShouldBe("0.5");
        cells["previous_satisfaction"].ShouldBe(string.Empty);
    }

    private static JsonObject Previous(JsonObject row) =>
        row["previous"]?.AsObject() ?? throw new ShouldAssertException("no previous month in " + row.ToJsonString());
}
