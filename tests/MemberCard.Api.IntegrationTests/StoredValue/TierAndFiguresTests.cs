namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>Tier by deposit, and the monthly stored-value figures per branch.</summary>
public sealed class TierAndFiguresTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task TopUp_WhenDepositsInTwelveMonthsReachTheSilverThreshold_UpgradesWithTheReasonRecorded()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var first = await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 600m);
        PinChinaDate(Today.AddMonths(3));

        var second = await ToppedUpAsync(branch.Client, "TU-0002", member.CardNumber, amount: 400m);

        first["tier"]!.GetValue<string>().ShouldBe("Regular");
        second["tier"]!.GetValue<string>().ShouldBe("Silver");
        second["tierChangeReason"]!.GetValue<string>().ShouldBe("rolling_deposit");
        (await TierOfAsync(member)).ShouldBe("Silver");
        (await CountAsync("SELECT count(*) FROM membercard.tier_changes WHERE reason = 'rolling_deposit' AND basis = 1000 AND \"to\" = 'Silver'")).ShouldBe(1);
    }

    [Fact]
    public async Task TopUp_WhenEarlierDepositsAreOutsideTheWindow_DoesNotCountThem()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 600m);
        await CommittedAsync(branch.Client, "P-0001", member.CardNumber, [TillLine.Special("A", 1, 600m)], payments: [StoredValue(600m)]);
        PinChinaDate(Today.AddMonths(13));

        var second = await ToppedUpAsync(branch.Client, "TU-0002", member.CardNumber, amount: 400m);

        second["tier"]!.GetValue<string>().ShouldBe("Regular");
    }

    [Fact]
    public async Task TopUp_WhenHeadOfficeSwitchesDepositTiersOff_KeepsTheTier()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetStoredValueAsync(depositsCountForTier: false);

        var receipt = await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 5000m);

        receipt["tier"]!.GetValue<string>().ShouldBe("Regular");
        (await CountAsync("SELECT count(*) FROM membercard.tier_changes")).ShouldBe(0);
    }

    [Fact]
    public async Task TierReview_WhenDepositsStillMeetTheTier_KeepsItUntilDepositsStopCounting()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var topUp = await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 1000m);
        var firstReview = new DateOnly(Today.AddMonths(2).Year, Today.AddMonths(2).Month, 1);
        var secondReview = firstReview.AddMonths(1);
        PinChinaDate(firstReview);

        var kept = await HeadOffice().PostAsync($"/api/v1/hq/jobs/tier-review/run?asOf={firstReview:yyyy-MM-dd}", null);
        var tierWhileCounting = await TierOfAsync(member);
        await SetStoredValueAsync(depositsCountForTier: false);
        PinChinaDate(secondReview);
        var dropped = await HeadOffice().PostAsync($"/api/v1/hq/jobs/tier-review/run?asOf={secondReview:yyyy-MM-dd}", null);

        topUp["tier"]!.GetValue<string>().ShouldBe("Silver");
        kept.IsSuccessStatusCode.ShouldBeTrue(await kept.Content.ReadAsStringAsync());
        tierWhileCounting.ShouldBe("Silver");
        dropped.IsSuccessStatusCode.ShouldBeTrue(await dropped.Content.ReadAsStringAsync());
        (await TierOfAsync(member)).ShouldBe("Regular");
    }

    [Fact]
    public async Task Summary_ForAMonth_ShowsTopUpsSpendRefundsAndLiabilityPerBranch()
    {
        var branchA = await OpenBranchAsync("SHA01", "021");
        var branchB = await OpenBranchAsync("GZB01", "020");
        var memberA = await ActiveMemberAsync(branchA, "13800000001");
        var memberB = await ActiveMemberAsync(branchB, "13800000002");
        await SetStoredValueAsync(depositsCountForTier: false);
        var package = await PackageAsync("充1000送1100", 1000m, 100m);
        await ToppedUpAsync(branchA.Client, "TU-A1", memberA.CardNumber, packageId: package);
        await ToppedUpAsync(branchA.Client, "TU-A2", memberB.CardNumber, amount: 300m);
        await CommittedAsync(branchB.Client, "P-B1", memberB.CardNumber, [TillLine.Special("A", 1, 120m)], payments: [StoredValue(120m)]);
        await CommittedAsync(branchA.Client, "P-A1", memberA.CardNumber, [TillLine.Special("A", 1, 150m)], payments: [StoredValue(150m)]);
        (await branchB.Client.PostAsJsonAsync("/api/v1/branch/stored-value/refunds", new { cardNumber = memberB.CardNumber, approvedBy = "mgr" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        PinChinaDate(Today.AddMonths(1));
        await ToppedUpAsync(branchA.Client, "TU-A3", memberA.CardNumber, amount: 50m);

        var rows = await HeadOffice().GetFromJsonAsync<JsonArray>("/api/v1/hq/stored-value/summary?month=2026-03");
        var ownOfA = await branchA.Client.GetFromJsonAsync<JsonObject>("/api/v1/branch/stored-value/summary?month=2026-03&branch=GZB01");

        var a = rows!.Single(r => r!["branchCode"]!.GetValue<string>() == "SHA01")!;
        var b = rows!.Single(r => r!["branchCode"]!.GetValue<string>() == "GZB01")!;
        a["topUps"]!.GetValue<int>().ShouldBe(2);
        Money(a["topUpPrincipal"]).ShouldBe(1300m);
        Money(a["bonusGranted"]).ShouldBe(100m);
        Money(a["balanceSpend"]).ShouldBe(150m);
        Money(a["liabilityPrincipal"]).ShouldBe(950m, "A's member: 1000 principal, bonus spent first");
        Money(a["liabilityBonus"]).ShouldBe(0m);
        Money(b["balanceSpend"]).ShouldBe(120m);
        Money(b["refunds"]).ShouldBe(180m);
        Money(b["liability"]).ShouldBe(0m);
        ownOfA!["branchCode"]!.GetValue<string>().ShouldBe("SHA01");
        Money(ownOfA["topUpPrincipal"]).ShouldBe(1300m);
        (await ReadJsonAsync(await branchA.Client.GetAsync("/api/v1/branch/stored-value/summary?month=2026-04")))["topUps"]!.GetValue<int>().ShouldBe(1);
        (await branchA.Client.GetAsync("/api/v1/branch/stored-value/summary?month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task BranchSummary_WhenBranchANamesBranchB_ReturnsOnlyItsOwnFigures()
    {
        var branchA = await OpenBranchAsync("SHA01", "021");
        var branchB = await OpenBranchAsync("GZB01", "020");
        var memberB = await ActiveMemberAsync(branchB, "13800000002");
        await ToppedUpAsync(branchB.Client, "TU-B1", memberB.CardNumber, amount: 300m);
        var routes = Security.RouteCases.All.Where(c => c.CrossBranch == Security.CrossBranchRule.OwnStoredValueFigures).ToList();

        foreach (var route in routes)
        {
            foreach (var query in new[] { "?month=2026-03&branch=GZB01", $"?month=2026-03&branchId={branchB.Id}", "?month=2026-03&branchCode=GZB01" })
            {
                var response = await branchA.Client.GetAsync(route.Pattern + query);
                var raw = await response.Content.ReadAsStringAsync();

                response.StatusCode.ShouldBe(HttpStatusCode.OK, raw);
                var row = JsonNode.Parse(raw)!.AsObject();
                row["branchId"]!.GetValue<string>().ShouldBe(branchA.Id.ToString());
                row["topUps"]!.GetValue<int>().ShouldBe(0);
                raw.ShouldNotContain(branchB.Id.ToString());
                raw.ShouldNotContain("GZB01");
            }
        }

        routes.ShouldNotBeEmpty();
    }
}
