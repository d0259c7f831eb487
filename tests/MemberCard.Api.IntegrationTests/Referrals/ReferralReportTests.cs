namespace MemberCard.Api.IntegrationTests.Referrals;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Security;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>The shopper's code and history, head office's review of refused referrals, and the monthly figures per branch.</summary>
public sealed class ReferralReportTests(MemberCardApiFactory factory) : ReferralTestBase(factory)
{
    private const string Month = "2026-03";

    [Fact]
    public async Task GetMyReferral_WhenMemberReferredOthers_ShowsCodeShareLinkAndMaskedHistory()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var shopper = await ShopperAsync("o_referrer");
        var own = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13800000001", null));
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var code = (await GetOkAsync(shopper, "/api/v1/me/referral"))["code"]!.GetValue<string>();
        var referee = await ReferredMemberAsync(branch, "13900000001", code);
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        var mine = await GetOkAsync(shopper, "/api/v1/me/referral");

        mine["code"]!.GetValue<string>().ShouldBe(code);
        mine["share"]!["path"]!.GetValue<string>().ShouldBe($"pages/card/apply?referralCode={code}");
        mine["share"]!["query"]!.GetValue<string>().ShouldBe($"referralCode={code}");
        Points(mine["pointsEarned"]).ShouldBe(200);
        mine["referredStatus"].ShouldBeNull();
        var item = mine["referrals"]!.AsArray().Single()!;
        item["maskedName"]!.GetValue<string>().ShouldBe("李*");
        item["status"]!.GetValue<string>().ShouldBe("Rewarded");
        Points(item["pointsAwarded"]).ShouldBe(200);
        mine.ToJsonString().ShouldNotContain("13900000001");
    }

    [Fact]
    public async Task GetMyReferral_WhenMemberHadNoCodeYet_GivesOneOnceAndKeepsIt()
    {
        await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var shopper = await ShopperAsync("o_old_member");
        var own = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13800000001", null));
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        await ScalarAsync<int>("UPDATE membercard.members SET referral_code = NULL RETURNING 1");

        var first = await GetOkAsync(shopper, "/api/v1/me/referral");
        var second = await GetOkAsync(shopper, "/api/v1/me/referral");

        var code = first["code"]!.GetValue<string>();
        code.Length.ShouldBe(8);
        second["code"]!.GetValue<string>().ShouldBe(code);
        (await ScalarAsync<string>("SELECT referral_code FROM membercard.members")).ShouldBe(code);
    }

    [Fact]
    public async Task GetMyReferral_WhenShopperHasNoCard_Returns404()
    {
        var shopper = await ShopperAsync("o_nobody");

        var response = await shopper.GetAsync("/api/v1/me/referral");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
    }

    [Fact]
    public async Task ListReferrals_WhenFilteredByRefused_ShowsOnlyRefusedWithTheirReason()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var code = await CodeOfAsync(referrer);
        await SetReferralSettingsAsync(monthlyCap: 1);
        await ReferredMemberAsync(branch, "13900000001", code);
        await ReferredMemberAsync(branch, "13900000002", code);

        var refused = await GetOkAsync(HeadOffice(), "/api/v1/hq/referrals?status=Refused");
        var all = await GetOkAsync(HeadOffice(), "/api/v1/hq/referrals");

        refused["totalCount"]!.GetValue<int>().ShouldBe(1);
        var item = refused["items"]!.AsArray().Single()!;
        item["status"]!.GetValue<string>().ShouldBe("Refused");
        item["refusalReason"]!.GetValue<string>().ShouldBe("monthly_cap");
        item["branchCode"]!.GetValue<string>().ShouldBe("SHA01");
        item["referrerId"]!.GetValue<string>().ShouldBe(referrer.MemberId.ToString());
        all["totalCount"]!.GetValue<int>().ShouldBe(2);
    }

    [Theory]
    [InlineData("?status=Unknown", "status")]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    public async Task ListReferrals_WhenQueryIsInvalid_Returns400(string query, string field)
    {
        var response = await HeadOffice().GetAsync("/api/v1/hq/referrals" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain(field);
    }

    [Fact]
    public async Task Summary_WhenReferralsInTwoBranches_CountsPerBranchWithConversionToFirstPurchase()
    {
        await TwoBranchWorldAsync();

        var hq = await GetOkAsync(HeadOffice(), $"/api/v1/hq/referrals/summary?month={Month}");

        var rows = hq["branches"]!.AsArray().ToDictionary(r => r!["branchCode"]!.GetValue<string>());
        Figures(rows["SHA01"]!).ShouldBe("3|1|2|1|0.6667");
        Figures(rows["BJS01"]!).ShouldBe("1|0|0|0|0");
        Figures(hq["total"]!).ShouldBe("4|1|2|1|0.5");
        hq["month"]!.GetValue<string>().ShouldBe(Month);
        var april = await GetOkAsync(HeadOffice(), "/api/v1/hq/referrals/summary?month=2026-04");
        april["branches"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task BranchSummaryRoutes_WhenEachBranchCallsNamingTheOther_ShowOnlyTheCallersFigures()
    {
        var (a, b) = await TwoBranchWorldAsync();
        var routes = RouteCases.All.Where(c => c.CrossBranch == CrossBranchRule.OwnSummaryOnly).ToList();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            foreach (var (caller, own, other, figures) in new[] { (a, "SHA01", b, "3|1|2|1|0.6667"), (b, "BJS01", a, "1|0|0|0|0") })
            {
                foreach (var query in new[] { $"?month={Month}", $"?month={Month}&branch={other.Code}", $"?month={Month}&branchId={other.Id}" })
                {
                    var summary = await GetOkAsync(caller.Client, route.Pattern + query);
                    var codes = summary["branches"]!.AsArray().Select(r => r!["branchCode"]!.GetValue<string>()).ToList();
                    if (codes.Count != 1 || codes[0] != own || Figures(summary["total"]!) != figures || summary.ToJsonString().Contains(other.Id.ToString()))
                    {
                        failures.Add($"{route}{query} as {own}: {summary.ToJsonString()}");
                    }
                }
            }
        }

        routes.ShouldNotBeEmpty();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/api/v1/hq/referrals/summary?month=2026-13")]
    [InlineData("/api/v1/hq/referrals/summary?month=March")]
    public async Task Summary_WhenMonthIsInvalid_Returns400OnMonth(string url)
    {
        var response = await HeadOffice().GetAsync(url);

        await response.ShouldBeValidationProblemAsync("month");
    }

    [Fact]
    public async Task BranchSummary_WhenMonthIsInvalid_Returns400OnMonth()
    {
        var branch = await OpenBranchAsync("SHA01", "021");

        var response = await branch.Client.GetAsync("/api/v1/branch/referrals/summary?month=2026-00");

        await response.ShouldBeValidationProblemAsync("month");
    }

    /// <summary>"referrals|refused|converted|reversed|rate".</summary>
    private static string Figures(JsonNode row) => string.Join('|',
        row["referrals"]!.GetValue<int>(), row["refused"]!.GetValue<int>(), row["converted"]!.GetValue<int>(), row["reversed"]!.GetValue<int>(),
        row["conversionRate"]!.GetValue<decimal>().ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// March: branch A gains three referred members (one buys, one buys and returns it all, one not yet) and a
    /// refused one; branch B gains one referred by A's member, who has not bought.
    /// </summary>
    private async Task<(TestBranch A, TestBranch B)> TwoBranchWorldAsync()
    {
        var a = await OpenBranchAsync("SHA01", "021");
        var b = await OpenBranchAsync("BJS01", "010");
        var referrer = await ActiveMemberAsync(a, "13800000001");
        var code = await CodeOfAsync(referrer);
        await SetReferralSettingsAsync(monthlyCap: 4);
        var buyer = await ReferredMemberAsync(a, "13900000001", code);
        var returner = await ReferredMemberAsync(a, "13900000002", code);
        await ReferredMemberAsync(a, "13900000003", code);
        await ReferredMemberAsync(b, "13900000004", code);
        await ReferredMemberAsync(a, "13900000005", code);
        await CommittedAsync(a.Client, "R-0001", buyer.CardNumber, Basket(50m));
        await CommittedAsync(a.Client, "R-0002", returner.CardNumber, Basket(50m));
        await ReturnedAsync(a.Client, "R-0002", (1, 1m));
        return (a, b);
    }
}
