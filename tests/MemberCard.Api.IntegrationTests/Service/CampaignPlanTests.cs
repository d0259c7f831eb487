namespace MemberCard.Api.IntegrationTests.Service;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Campaign plans: filed by a branch, decided by head office (a multiplier feeds the till), measured from the data.</summary>
public sealed class CampaignPlanTests(MemberCardApiFactory factory) : ServiceTestBase(factory)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().ToOffset(China).DateTime);

    [Fact]
    public async Task FilePlan_WhenValid_Returns201SubmittedAndOnlyTheBranchAndHeadOfficeSeeIt()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");

        var plan = await CreatedAsync(await sz.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", new
        {
            title = "三月茶叶月",
            goal = "茶叶销售增长 20%",
            channel = "WeChat",
            startsOn = "2030-03-01",
            endsOn = "2030-03-31",
            budget = 1500.5m,
            kind = "Monthly",
            targetCategories = new[] { "TEA", " tea ", "SNACK" },
        }));

        Str(plan, "branchCode").ShouldBe("SZ001");
        Str(plan, "title").ShouldBe("三月茶叶月");
        Str(plan, "goal").ShouldBe("茶叶销售增长 20%");
        Str(plan, "channel").ShouldBe("WeChat");
        Str(plan, "kind").ShouldBe("Monthly");
        Str(plan, "startsOn").ShouldBe("2030-03-01");
        Str(plan, "endsOn").ShouldBe("2030-03-31");
        plan["budget"]!.ToJsonString().ShouldBe("1500.50");
        plan["targetCategories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["TEA", "SNACK"]);
        Str(plan, "status").ShouldBe("Submitted");
        Instant(plan, "submittedAt").ShouldBe(T0);
        plan["pointsCampaignId"].ShouldBeNull();
        var id = Str(plan, "id");
        Ids(await GetOkAsync(sz.Client, "/api/v1/branch/campaign-plans")).ShouldBe([id]);
        Ids(await GetOkAsync(gz.Client, "/api/v1/branch/campaign-plans")).ShouldBeEmpty();
        Ids(await GetOkAsync(HeadOffice(), "/api/v1/hq/campaign-plans?status=Submitted")).ShouldBe([id]);
        Ids(await GetOkAsync(HeadOffice(), "/api/v1/hq/campaign-plans?status=Approved")).ShouldBeEmpty();
        Ids(await GetOkAsync(HeadOffice(), "/api/v1/hq/campaign-plans?branch=GZ001")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("endsOn", "reversed")]
    [InlineData("endsOn", "tooLong")]
    [InlineData("budget", "negative")]
    [InlineData("budget", "fractionOfFen")]
    [InlineData("title", "missing")]
    [InlineData("kind", "missing")]
    public async Task FilePlan_WhenInputInvalid_Returns400NamingTheFieldAndWritesNothing(string field, string variant)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var body = variant switch
        {
            "reversed" => PlanBody("2030-03-31", "2030-03-01"),
            "tooLong" => PlanBody("2030-01-01", "2031-01-02"),
            "negative" => PlanBody(budget: -1m),
            "fractionOfFen" => PlanBody(budget: 10.005m),
            "missing" when field == "title" => PlanBody(title: null),
            _ => PlanBody(kind: null),
        };
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task FilePlan_WhenKindUnknown_Returns400NamingKindAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody(kind: "Weekly"));

        await response.ShouldBeUnreadableBodyAsync("kind");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task ApprovePlan_WithMultiplier_CreatesABranchCampaignTheTillAppliesOnTargetCategories()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var elsewhere = await OpenBranchAsync("GZ001", "020");
        var card = await ActiveMemberAsync(branch, "13800138000");
        var plan = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans",
            PlanBody(Iso(Today), Iso(Today.AddDays(6)), title: "茶叶三倍积分周", categories: ["TEA"])));
        var basket = new
        {
            code = card,
            lines = new object[]
            {
                new { sku = "TEA-500G", category = "TEA", quantity = 1m, unitPrice = 100m },
                new { sku = "SOAP", category = "HOUSEHOLD", quantity = 1m, unitPrice = 50m },
            },
        };
        var beforeApproval = await QuotePointsAsync(branch, basket);

        var approved = await OkAsync(await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{Str(plan, "id")}/approve", new { multiplier = 3m }));

        beforeApproval.ShouldBe(150);
        Str(approved, "status").ShouldBe("Approved");
        approved["multiplier"]!.GetValue<decimal>().ShouldBe(3m);
        Instant(approved, "decidedAt").ShouldBe(T0);
        var campaigns = (await HeadOffice().GetFromJsonAsync<JsonArray>("/api/v1/hq/campaigns"))!;
        campaigns.Count.ShouldBe(1);
        var campaign = campaigns[0]!;
        Str(campaign, "id").ShouldBe(Str(approved, "pointsCampaignId"));
        Str(campaign, "name").ShouldBe("茶叶三倍积分周");
        campaign["multiplier"]!.GetValue<decimal>().ShouldBe(3m);
        Str(campaign, "startsOn").ShouldBe(Iso(Today));
        Str(campaign, "endsOn").ShouldBe(Iso(Today.AddDays(6)));
        campaign["branchIds"]!.AsArray().Select(b => b!.GetValue<string>()).ShouldBe([branch.Id.ToString()]);
        campaign["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["TEA"]);
        (await QuotePointsAsync(branch, basket)).ShouldBe(350, "100 × 3 on tea + 50 × 1 on soap");
        (await QuotePointsAsync(elsewhere, basket)).ShouldBe(150, "the campaign is the filing branch's only");
        var sale = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo = "R-0001", basket.code, basket.lines }));
        sale["pointsEarned"]!.GetValue<long>().ShouldBe(350);
    }

    [Fact]
    public async Task ApprovePlan_WithoutMultiplier_ApprovesWithoutAnEarningCampaign()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var plan = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody()));

        var approved = await OkAsync(await HeadOffice().PostAsync($"/api/v1/hq/campaign-plans/{Str(plan, "id")}/approve", null));

        Str(approved, "status").ShouldBe("Approved");
        approved["multiplier"].ShouldBeNull();
        approved["pointsCampaignId"].ShouldBeNull();
        (await HeadOffice().GetFromJsonAsync<JsonArray>("/api/v1/hq/campaigns"))!.ShouldBeEmpty();
        Ids(await GetOkAsync(branch.Client, "/api/v1/branch/campaign-plans?status=Approved")).ShouldBe([Str(plan, "id")]);
    }

    [Fact]
    public async Task RejectPlan_WithReason_IsFinal_ApprovingAfterwardsReturns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var id = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody())), "id");
        Factory.Clock.Advance(TimeSpan.FromHours(3));

        var rejected = await OkAsync(await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{id}/reject", new { reason = "预算超出季度额度" }));
        var before = await SnapshotDatabaseAsync();
        var approve = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{id}/approve", new { multiplier = 2m });

        Str(rejected, "status").ShouldBe("Rejected");
        Str(rejected, "rejectionReason").ShouldBe("预算超出季度额度");
        Instant(rejected, "decidedAt").ShouldBe(T0.AddHours(3));
        await approve.ShouldBeProblemAsync(HttpStatusCode.Conflict, "campaign_plan.not_submitted");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RejectPlan_WithoutReason_Returns400NamingReasonAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var id = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody())), "id");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{id}/reject", new { reason = " " });

        await response.ShouldBeValidationProblemAsync("reason");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task ApprovePlan_WhenMultiplierOutOfRange_Returns400NamingMultiplierAndWritesNothing(int multiplier)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var id = Str(await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody())), "id");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{id}/approve", new { multiplier = (decimal)multiplier });

        await response.ShouldBeValidationProblemAsync("multiplier");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task ApprovePlan_WhenUnknown_Returns404()
    {
        var response = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/campaign-plans/{Guid.NewGuid()}/approve", new { multiplier = 2m });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "campaign_plan.not_found");
    }

    /// <summary>
    /// Plan 10–16 March, baseline 3–9 March, at SZ001. Campaign: M3 (new 10 Mar 00:10) ¥150; M1 ¥200+¥50 with
    /// the ¥50 line returned on the 15th, and ¥50; M2 ¥80 at 23:30 on the last day on a reissued card (not a new
    /// member) → 3 participants, ¥480, 1 new member. Baseline: M1 ¥200; M2 (new 9 Mar 23:50) ¥60+¥40, the ¥40 line
    /// returned during the campaign (it still counts against the baseline purchase) → 2, ¥260, 1. Outside: M1's
    /// purchases of 2 and 17 March, M3's ¥500 and a new card at GZ001. Uplift: 220/260 = 84.62 %, 1/2 = 50 %.
    /// </summary>
    [Fact]
    public async Task Results_WhenPurchasesAndReturnsFallInBothPeriods_MatchTheHandComputedFigures()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var plan = await CreatedAsync(await sz.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody("2026-03-10", "2026-03-16")));
        var m1 = await ActiveMemberAsync(sz, "13800000001", At(3, 1));
        await BuyAsync(sz, m1, "R01", At(3, 2), 100m);
        await BuyAsync(sz, m1, "R02", At(3, 5), 200m);
        var m2 = await ActiveMemberAsync(sz, "13800000002", At(3, 9, 23, 50));
        await BuyAsync(sz, m2, "R03", At(3, 9, 23, 55), 60m, 40m);
        var m3 = await ActiveMemberAsync(sz, "13800000003", At(3, 10, 0, 10));
        await BuyAsync(sz, m3, "R04", At(3, 10, 10), 150m);
        await ReturnLineAsync(sz, "R03", 2, At(3, 11));
        await BuyAsync(sz, m1, "R05", At(3, 12), 200m, 50m);
        var m2Reissued = await ReissueAsync(sz, m2, At(3, 13));
        await BuyAsync(sz, m1, "R06", At(3, 14), 50m);
        await ReturnLineAsync(sz, "R05", 2, At(3, 15));
        await BuyAsync(gz, m3, "G01", At(3, 15), 500m);
        await ActiveMemberAsync(gz, "13800000004", At(3, 15));
        await BuyAsync(sz, m2Reissued, "R07", At(3, 16, 23, 30), 80m);
        await BuyAsync(sz, m1, "R08", At(3, 17, 0, 30), 300m);
        Factory.Clock.SetUtcNow(At(3, 20));

        var results = await GetOkAsync(sz.Client, $"/api/v1/branch/campaign-plans/{Str(plan, "id")}/results");
        var viaHeadOffice = await GetOkAsync(HeadOffice(), $"/api/v1/hq/campaign-plans/{Str(plan, "id")}/results");

        var campaign = results["campaign"]!;
        Str(campaign, "from").ShouldBe("2026-03-10");
        Str(campaign, "to").ShouldBe("2026-03-16");
        campaign["participants"]!.GetValue<int>().ShouldBe(3);
        campaign["spend"]!.GetValue<decimal>().ShouldBe(480m);
        campaign["newMembers"]!.GetValue<int>().ShouldBe(1);
        var baseline = results["baseline"]!;
        Str(baseline, "from").ShouldBe("2026-03-03");
        Str(baseline, "to").ShouldBe("2026-03-09");
        baseline["participants"]!.GetValue<int>().ShouldBe(2);
        baseline["spend"]!.GetValue<decimal>().ShouldBe(260m);
        baseline["newMembers"]!.GetValue<int>().ShouldBe(1);
        results["spendUpliftPercent"]!.GetValue<decimal>().ShouldBe(84.62m);
        results["participantsUpliftPercent"]!.GetValue<decimal>().ShouldBe(50m);
        Str(results, "branchCode").ShouldBe("SZ001");
        viaHeadOffice.ToJsonString().ShouldBe(results.ToJsonString());
    }

    [Fact]
    public async Task Results_WhenTheBaselineIsEmpty_ReportNoUplift()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var plan = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody("2026-04-01", "2026-04-02")));
        var card = await ActiveMemberAsync(branch, "13800000001", At(3, 25));
        await BuyAsync(branch, card, "R01", At(4, 1), 88.8m);

        var results = await GetOkAsync(branch.Client, $"/api/v1/branch/campaign-plans/{Str(plan, "id")}/results");

        results["campaign"]!["participants"]!.GetValue<int>().ShouldBe(1);
        results["campaign"]!["spend"]!.GetValue<decimal>().ShouldBe(88.8m);
        results["campaign"]!["newMembers"]!.GetValue<int>().ShouldBe(0);
        results["baseline"]!["participants"]!.GetValue<int>().ShouldBe(0);
        results["baseline"]!["spend"]!.GetValue<decimal>().ShouldBe(0m);
        results["spendUpliftPercent"].ShouldBeNull();
        results["participantsUpliftPercent"].ShouldBeNull();
    }

    [Fact]
    public async Task Results_WhenAnotherBranchsPlan_Returns404()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var plan = await CreatedAsync(await sz.Client.PostAsJsonAsync("/api/v1/branch/campaign-plans", PlanBody()));

        var response = await gz.Client.GetAsync($"/api/v1/branch/campaign-plans/{Str(plan, "id")}/results");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "campaign_plan.not_found");
    }

    private static DateTimeOffset At(int month, int day, int hour = 12, int minute = 0) => new(2026, month, day, hour, minute, 0, China);

    private static object PlanBody(
        string startsOn = "2030-03-01", string endsOn = "2030-03-31", decimal budget = 1000m, string? title = "春季会员日", string? kind = "Monthly",
        string[]? categories = null) => new
        {
            title, goal = "拉新与复购", channel = "In store", startsOn, endsOn, budget, kind, targetCategories = categories,
        };

    /// <summary>An offline member with an active card, at <paramref name="at"/> (default now); born half a year from today, so no birthday bonus applies.</summary>
    private async Task<string> ActiveMemberAsync(TestBranch branch, string phone, DateTimeOffset? at = null)
    {
        if (at is { } instant)
        {
            Factory.Clock.SetUtcNow(instant);
        }

        var birthday = Today.AddMonths(6);
        var card = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications",
            new { name = "钱七", gender = "Male", birthDate = Iso(new DateOnly(1990, birthday.Month, Math.Min(birthday.Day, 28))), phone }));
        await ActivateAtBranchAsync(branch, Str(card, "cardNumber"));
        return Str(card, "cardNumber");
    }

    private async Task BuyAsync(TestBranch branch, string card, string receiptNo, DateTimeOffset at, params decimal[] prices)
    {
        Factory.Clock.SetUtcNow(at);
        var lines = prices.Select((price, i) => new { sku = $"SKU-{i + 1}", category = "GROCERY", quantity = 1m, unitPrice = price }).ToArray();
        var receipt = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo, code = card, lines }));
        receipt["pointsEarned"]!.GetValue<long>().ShouldBe((long)prices.Sum(), "a Regular member pays list price: the spend is the list amount");
    }

    private async Task ReturnLineAsync(TestBranch branch, string receiptNo, int lineNo, DateTimeOffset at)
    {
        Factory.Clock.SetUtcNow(at);
        await OkAsync(await branch.Client.PostAsJsonAsync($"/api/v1/branch/purchases/{receiptNo}/returns", new { lines = new[] { new { lineNo, quantity = 1m } } }));
    }

    private async Task<string> ReissueAsync(TestBranch branch, string card, DateTimeOffset at)
    {
        Factory.Clock.SetUtcNow(at);
        await OkAsync(await branch.Client.PostAsync($"/api/v1/branch/cards/{card}/loss-report", null));
        var replacement = await OkAsync(await branch.Client.PostAsync($"/api/v1/branch/cards/{card}/reissue", null));
        Str(replacement, "status").ShouldBe("Active", "the replacement of an active card is active at once");
        return Str(replacement, "cardNumber");
    }

    private static async Task<long> QuotePointsAsync(TestBranch branch, object basket) =>
        (await OkAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/checkout/quote", basket)))["pointsToEarn"]!.GetValue<long>();
}
