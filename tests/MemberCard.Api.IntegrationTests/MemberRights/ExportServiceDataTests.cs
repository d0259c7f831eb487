namespace MemberCard.Api.IntegrationTests.MemberRights;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The export holds what member service keeps about the member too (complaints, birthday gifts, follow-ups,
/// notices, WeChat events), and none of another member's, who has the same kinds of records at the same branch.
/// </summary>
public sealed class ExportServiceDataTests(MemberCardApiFactory factory) : MemberRightsTestBase(factory)
{
    [Fact]
    public async Task Export_WhenMemberHasServiceRecords_HoldsEachOfThemAndNoneOfAnotherMembers()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var me = await GoldBirthdayMemberAsync(branch, "o_care_me", "13800138030", "陈小明");
        var other = await GoldBirthdayMemberAsync(branch, "o_care_other", "13800138031", "林小红");
        var myGift = await IssueGiftAsync(branch, me, "寿面礼盒");
        var otherGift = await IssueGiftAsync(branch, other, "蛋糕券");
        var myComplaint = await ComplainAsync(branch, me, "收银排队太久", 4);
        var otherComplaint = await ComplainAsync(branch, other, "停车场太挤", 2);
        var myCall = await FirstCallAsync(branch, me);
        var otherCall = await FirstCallAsync(branch, other);
        var completed = await branch.Client.PostAsJsonAsync($"/api/v1/branch/follow-ups/{myCall}/complete", new { outcome = "Reached", note = "会员很满意" });
        completed.StatusCode.ShouldBe(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        var code = await AddToCardPackageAsync("oa_care_me", me.CardNumber);

        var response = await me.Shopper.GetAsync("/api/v1/me/export");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var export = JsonNode.Parse(text)!.AsObject();
        var complaint = export["complaints"]!.AsArray().Single()!;
        (Str(complaint, "id"), Str(complaint, "content"), Str(complaint, "status"), Str(complaint, "resolution"))
            .ShouldBe((myComplaint, "收银排队太久", "Rated", "已致歉"));
        complaint["satisfactionScore"]!.GetValue<int>().ShouldBe(4);
        var gift = export["birthdayGifts"]!.AsArray().Single()!;
        (Str(gift, "id"), Str(gift, "giftName"), Str(gift, "status")).ShouldBe((myGift, "寿面礼盒", "Issued"));
        var tasks = export["followUpTasks"]!.AsArray();
        tasks.Select(t => Str(t!, "step")).ShouldBe(["ThankYou", "Care", "Greeting", "CallAfter1Month", "CallAfter4Months", "CallAfter6Months", "CallAfter9Months"]);
        var call = tasks.Single(t => Str(t!, "id") == myCall)!;
        (Str(call, "status"), Str(call, "outcome"), Str(call, "note")).ShouldBe(("Done", "Reached", "会员很满意"));
        var templates = export["notifications"]!.AsArray().Select(n => Str(n!["notice"]!, "template")).ToList();
        templates.ShouldContain("birthday.gift_ready");
        templates.ShouldContain(t => t.StartsWith("complaint.", StringComparison.Ordinal));
        export["weChatEvents"]!.AsArray().Select(e => Str(e!, "event")).ShouldContain("user_get_card");
        foreach (var foreign in new[] { otherGift, otherComplaint, otherCall, "停车场太挤", "蛋糕券", other.MemberId.ToString(), other.CardNumber, code, "oa_care_me" })
        {
            text.ShouldNotContain(foreign, Case.Sensitive, $"the export holds '{foreign}'");
        }
    }

    /// <summary>
    /// An online member born this month (not today, so no birthday discount) whose ¥10,000 purchase made them
    /// Gold and started the follow-up cadence.
    /// </summary>
    private async Task<OnlineMember> GoldBirthdayMemberAsync(TestBranch branch, string openId, string phone, string name)
    {
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var birthDate = new DateOnly(1990, today.Month, today.Day == 1 ? 2 : 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var shopper = await ShopperAsync(openId);
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", new { name, gender = "Male", birthDate, phone, branchCode = branch.Code });
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        var member = new OnlineMember(shopper, Guid.Parse(Str(card, "memberId")), Str(card, "cardNumber"), openId, phone, name);
        await ActivateAtBranchAsync(branch, member.CardNumber);
        await BuyAsync(branch, member.CardNumber, ("JADE-01", 1, 10_000m));
        return member;
    }

    private static async Task<string> IssueGiftAsync(TestBranch branch, OnlineMember member, string giftName)
    {
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/birthday-gifts", new { memberId = member.MemberId, giftName });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Str(await ReadJsonAsync(response), "id");
    }

    /// <summary>The member complains in the mini-program, the branch answers, the member rates the answer.</summary>
    private static async Task<string> ComplainAsync(TestBranch branch, OnlineMember member, string content, int score)
    {
        var submitted = await member.Shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
        var id = Str(await ReadJsonAsync(submitted), "id");
        var resolved = await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "已致歉" });
        resolved.StatusCode.ShouldBe(HttpStatusCode.OK, await resolved.Content.ReadAsStringAsync());
        var rated = await member.Shopper.PostAsJsonAsync($"/api/v1/me/complaints/{id}/satisfaction", new { score });
        rated.StatusCode.ShouldBe(HttpStatusCode.OK, await rated.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<string> FirstCallAsync(TestBranch branch, OnlineMember member)
    {
        var page = await ReadJsonAsync(await branch.Client.GetAsync("/api/v1/branch/follow-ups?pageSize=100"));
        return page["items"]!.AsArray()
            .Where(t => Str(t!["member"]!, "id") == member.MemberId.ToString() && Str(t!, "kind") == "Call")
            .Select(t => Str(t!, "id"))
            .First();
    }

    private static string Str(JsonNode node, string field) => node[field]!.GetValue<string>();
}
