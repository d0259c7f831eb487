namespace MemberCard.Api.IntegrationTests.Kpis;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The service KPIs (complaints and campaigns) against hand-computed values. Times are China local.
/// <code>
/// Complaints at SZA (x is an online member homed there):
///   07-31 23:30  walk-in                                   → July, not August
///   08-03 10:00  x in the mini-program, resolved 16:00 (6 h), x rates 4
///   08-10 09:00  walk-in, resolved 08-11 09:00 (24 h)
///   08-20 12:00  staff record x's complaint, resolved 08-21 00:00 (12 h), x rates 5
///   08-31 23:00  walk-in, still open                       → counted, no handling time
///   09-01 00:30  walk-in (still 31 August in UTC)          → September
///   August: 4 complaints, median of 6/12/24 h = 12.00, satisfaction (4 + 5) / 2 = 4.50
/// Complaints at GZB (y homed there): 08-05 10:00 y, resolved 11:30 (1.5 h), y rates 2; 08-06 10:00 walk-in, resolved 14:00 (4 h)
///   August: 2 complaints, median (1.5 + 4) / 2 = 2.75, satisfaction 2.00
/// BJC: no complaints → 0, median and satisfaction null.
/// Campaigns: SZA plan 08-10..08-16 approved (baseline 08-03..08-09):
///   baseline m1 ¥100 (08-04), m2 ¥100 (08-05) → 2 members, ¥200
///   campaign m1 ¥150 (08-11), m2 ¥150+¥50 (08-12, the ¥50 returned 08-20), m3 ¥50 (08-13) → 3 members, ¥350 → uplift 75.00 %
///   SZA plan 08-25..09-05 approved: ends in September (baseline 08-13..08-24: m3 ¥50; campaign m1 ¥10 on 09-02
///   → September: 1 participant, uplift −80.00 %).
///   SZA plan 08-01..08-31 rejected, GZB plan 08-01..08-20 still submitted: neither counts → GZB's campaign figures null.
/// </code>
/// </summary>
public sealed class KpiServiceFiguresTests(MemberCardApiFactory factory) : KpiTestBase(factory)
{
    [Fact]
    public async Task HqKpis_WhenComplaintsAndCampaignsFallInTheMonth_ReportHandComputedServiceFigures()
    {
        var (a, b, c) = await ServiceChainAsync();

        var august = await HqReportAsync("2026-08");
        var september = await HqReportAsync("2026-09");
        var july = await HqReportAsync("2026-07");
        var ownAugust = await ReadJsonAsync(await a.Client.GetAsync("/api/v1/branch/kpis?month=2026-08"));

        Service(RowOf(august, a.Code)).ShouldBe(Expected(4, 12.00m, 4.50m, 3, 75.00m));
        Service(RowOf(august, b.Code)).ShouldBe(Expected(2, 2.75m, 2.00m, null, null));
        Service(RowOf(august, c.Code)).ShouldBe(Expected(0, null, null, null, null));
        Service(RowOf(september, a.Code)).ShouldBe(Expected(1, null, null, 1, -80.00m));
        Service(RowOf(july, a.Code)).ShouldBe(Expected(1, null, null, null, null));
        Service(ownAugust).ShouldBe(Service(RowOf(august, a.Code)), "a branch sees the same figures as head office");
    }

    [Fact]
    public async Task HqKpis_WhenSatisfactionExists_ItCountsInTheScoreWithItsWeight()
    {
        var (a, b, _) = await ServiceChainAsync();
        var onlySatisfaction = await HeadOffice().PutAsJsonAsync("/api/v1/hq/kpi-weights", new
        {
            newCards = 0m, activationRate = 0m, activeMembers = 0m, purchaseFrequency = 0m, averageSpend = 0m, redemptions = 0m, satisfaction = 10m,
        });
        onlySatisfaction.StatusCode.ShouldBe(HttpStatusCode.OK, await onlySatisfaction.Content.ReadAsStringAsync());

        var august = await HqReportAsync("2026-08");

        august["branches"]!.AsArray().Select(r => r!["branchCode"]!.GetValue<string>()).ShouldBe([a.Code, b.Code, "BJC"]);
        RowOf(august, a.Code)["score"]!.GetValue<decimal>().ShouldBe(100m, "4.50 beats both others");
        RowOf(august, b.Code)["score"]!.GetValue<decimal>().ShouldBe(50m, "2.00 beats only the branch without ratings");
    }

    private static (int? Complaints, decimal? Median, decimal? Satisfaction, int? Participants, decimal? Uplift) Expected(
        int? complaints, decimal? median, decimal? satisfaction, int? participants, decimal? uplift) => (complaints, median, satisfaction, participants, uplift);

    private static (int? Complaints, decimal? Median, decimal? Satisfaction, int? Participants, decimal? Uplift) Service(JsonObject row) => (
        row["complaints"]?.GetValue<int>(),
        row["medianHandlingHours"]?.GetValue<decimal>(),
        row["satisfaction"]?.GetValue<decimal>(),
        row["campaignParticipants"]?.GetValue<int>(),
        row["campaignSpendUplift"]?.GetValue<decimal>());

    private async Task<KpiWorld> ServiceChainAsync()
    {
        At(7, 1, 9);
        var a = await OpenBranchAsync("SZA", "755");
        var b = await OpenBranchAsync("GZB", "020");
        var c = await OpenBranchAsync("BJC", "010");
        var (x, xCard) = await OnlineMemberAsync("o_kpi_x", "13900000001", a.Code);
        var (y, _) = await OnlineMemberAsync("o_kpi_y", "13900000002", b.Code);
        var m1 = await ActiveAsync(a, "13800000001");
        var m2 = await ActiveAsync(a, "13800000002");
        var m3 = await ActiveAsync(a, "13800000003");

        At(7, 31, 23, 30);
        await RecordAsync(a, null);
        At(8, 3, 10);
        var c1 = Id(await CreatedAsync(await x.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "收银排队太久" })));
        At(8, 3, 16);
        await ResolveAsync(a, c1);
        At(8, 10, 9);
        var c2 = await RecordAsync(a, null);
        At(8, 11, 9);
        await ResolveAsync(a, c2);
        At(8, 20, 12);
        var c3 = await RecordAsync(a, xCard);
        At(8, 21, 0);
        await ResolveAsync(a, c3);
        At(8, 31, 23);
        await RecordAsync(a, null);
        At(9, 1, 0, 30);
        await RecordAsync(a, null);
        At(8, 5, 10);
        var c6 = Id(await CreatedAsync(await y.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Points", content = "积分没到账" })));
        At(8, 5, 11, 30);
        await ResolveAsync(b, c6);
        At(8, 6, 10);
        var c7 = await RecordAsync(b, null);
        At(8, 6, 14);
        await ResolveAsync(b, c7);
        At(9, 3, 9);
        await RateAsync(x, c1, 4);
        await RateAsync(x, c3, 5);
        await RateAsync(y, c6, 2);

        At(8, 4);
        await BuyAsync(a, "S-01", m1, [100m]);
        At(8, 5);
        await BuyAsync(a, "S-02", m2, [100m]);
        At(8, 11);
        await BuyAsync(a, "S-03", m1, [150m]);
        At(8, 12);
        await BuyAsync(a, "S-04", m2, [150m, 50m]);
        At(8, 13);
        await BuyAsync(a, "S-05", m3, [50m]);
        At(8, 20);
        await ReturnAsync(a, "S-04", 2);
        At(9, 2);
        await BuyAsync(a, "S-06", m1, [10m]);

        At(9, 5);
        await PlanAsync(a, "2026-08-10", "2026-08-16", "approve");
        await PlanAsync(a, "2026-08-25", "2026-09-05", "approve");
        await PlanAsync(a, "2026-08-01", "2026-08-31", "reject");
        await PlanAsync(b, "2026-08-01", "2026-08-20", null);
        At(10, 1);
        return new KpiWorld(a, b, c);
    }

    private void At(int month, int day, int hour = 12, int minute = 0) =>
        Factory.Clock.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8)));

    private async Task<(HttpClient Shopper, string CardNumber)> OnlineMemberAsync(string openId, string phone, string branchCode)
    {
        var shopper = await ShopperAsync(openId);
        var card = await CreatedAsync(await shopper.PostAsJsonAsync(
            "/api/v1/me/card-applications", new { name = "赵六", gender = "Female", birthDate = "1990-05-12", phone, branchCode }));
        return (shopper, card["cardNumber"]!.GetValue<string>());
    }

    private static async Task<string> RecordAsync(TestBranch branch, string? cardNumber) =>
        Id(await CreatedAsync(await branch.Client.PostAsJsonAsync(
            "/api/v1/branch/complaints", new { cardNumber, channel = "Store", category = "Service", content = "店员态度不好" })));

    private static async Task ResolveAsync(TestBranch branch, string complaintId)
    {
        var response = await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{complaintId}/resolve", new { resolution = "已致歉并补偿" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task RateAsync(HttpClient shopper, string complaintId, int score)
    {
        var response = await shopper.PostAsJsonAsync($"/api/v1/me/complaints/{complaintId}/satisfaction", new { score });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Files a plan and lets head office decide it (<c>approve</c>, <c>reject</c>, or null to leave it waiting).</summary>
    private async Task PlanAsync(TestBranch branch, string startsOn, string endsOn, string? decision)
    {
        var plan = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", new
        {
            title = "活动 " + startsOn, goal = "复购", channel = "WeChat", startsOn, endsOn, budget = 100m, kind = "Monthly",
        }));
        if (decision is null)
        {
            return;
        }

        var response = decision == "reject"
            ? await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{Id(plan)}/reject", new { reason = "预算不足" })
            : await HeadOffice().PostAsync($"/api/v1/hq/campaign-plans/{Id(plan)}/approve", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private static string Id(JsonObject body) => body["id"]!.GetValue<string>();
}
