namespace MemberCard.Api.IntegrationTests.MemberRights;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ExportTests(MemberCardApiFactory factory) : MemberRightsTestBase(factory)
{
    private const string ExportRoute = "/api/v1/me/export";

    [Fact]
    public async Task Export_WhenMemberHasPurchasesReturnsAndRedemptions_ReturnsAllOfItAsAnAttachment()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var me = await OnlineMemberAsync(branch, "o_export", "13800138020", "陈小明");
        var other = await OnlineMemberAsync(branch, "o_other", "13800138021", "林小红");
        var firstReceipt = await BuyAsync(branch, me.CardNumber, ("RICE-5KG", 2, 100m), ("OIL-1L", 1, 50m));
        var secondReceipt = await BuyAsync(branch, me.CardNumber, ("TEA-500G", 1, 100m));
        var otherReceipt = await BuyAsync(branch, other.CardNumber, ("TEA-500G", 1, 500m));
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var returned = await branch.Client.PostAsJsonAsync($"/api/v1/branch/purchases/{firstReceipt}/returns", new { lines = new[] { new { lineNo = 2, quantity = 1m } } });
        returned.StatusCode.ShouldBe(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        var gift = await ReadJsonAsync(await HeadOffice().PostAsJsonAsync("/api/v1/hq/gifts", new { name = "保温杯", pointsPrice = 100L, stock = 10 }));
        var redeemed = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = me.CardNumber, giftId = gift["id"]!.GetValue<string>(), reference = "POS-0001" });
        redeemed.StatusCode.ShouldBe(HttpStatusCode.Created, await redeemed.Content.ReadAsStringAsync());

        var response = await me.Shopper.GetAsync(ExportRoute);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldEndWith(".json");
        var export = JsonNode.Parse(text)!.AsObject();
        export["memberId"]!.GetValue<string>().ShouldBe(me.MemberId.ToString());
        var profile = export["profile"]!;
        (profile["name"]!.GetValue<string>(), profile["phone"]!.GetValue<string>(), profile["address"]!.GetValue<string>(), profile["email"]!.GetValue<string>())
            .ShouldBe((me.Name, me.Phone, Address, Email));
        profile["birthDate"]!.GetValue<string>().ShouldBe(BirthDate);
        export["weChat"]!["miniProgramLinked"]!.GetValue<bool>().ShouldBeTrue();
        var card = export["cards"]!.AsArray().Single()!;
        (card["number"]!.GetValue<string>(), card["status"]!.GetValue<string>()).ShouldBe((me.CardNumber, "Active"));
        export["pointsBalance"]!.GetValue<long>().ShouldBe(200);
        var ledger = export["pointsLedger"]!.AsArray();
        ledger.Select(e => e!["kind"]!.GetValue<string>() + e["points"]!.GetValue<long>()).ShouldBe(["Earn250", "Earn100", "Reverse-50", "Redeem-100"]);
        export["pointsLots"]!.AsArray().Sum(l => l!["remaining"]!.GetValue<long>()).ShouldBe(200);
        var purchases = export["purchases"]!.AsArray();
        purchases.Select(p => p!["receiptNo"]!.GetValue<string>()).ShouldBe([firstReceipt, secondReceipt]);
        purchases[0]!["lines"]!.AsArray().Select(l => l!["sku"]!.GetValue<string>()).ShouldBe(["RICE-5KG", "OIL-1L"]);
        purchases[0]!["lines"]![1]!["returnedQuantity"]!.GetValue<decimal>().ShouldBe(1m);
        var ret = purchases[0]!["returns"]!.AsArray().Single()!;
        (ret["pointsReversed"]!.GetValue<long>(), ret["returnedAmount"]!.GetValue<decimal>()).ShouldBe((50L, 50m));
        ret["lines"]![0]!["lineNo"]!.GetValue<int>().ShouldBe(2);
        purchases[1]!["returns"]!.AsArray().ShouldBeEmpty();
        var redemption = export["redemptions"]!.AsArray().Single()!;
        (redemption["giftName"]!.GetValue<string>(), redemption["points"]!.GetValue<long>()).ShouldBe(("保温杯", 100L));
        export["auditEntries"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ShouldContain("card.issued");
        export["auditEntries"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ShouldContain("card.activated");
        foreach (var foreign in new[] { other.Phone, other.Name, other.CardNumber, other.MemberId.ToString(), otherReceipt, me.OpenId })
        {
            text.ShouldNotContain(foreign, Case.Sensitive, $"the export holds '{foreign}'");
        }
    }

    [Fact]
    public async Task Export_WhenCalledByAnotherMember_ReturnsOnlyTheirOwnData()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var me = await OnlineMemberAsync(branch, "o_mine", "13800138022", "陈小明");
        var other = await OnlineMemberAsync(branch, "o_theirs", "13800138023", "林小红");
        var myReceipt = await BuyAsync(branch, me.CardNumber, ("RICE-5KG", 1, 88m));

        var response = await other.Shopper.GetAsync(ExportRoute + "?memberId=" + me.MemberId);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        JsonNode.Parse(text)!["memberId"]!.GetValue<string>().ShouldBe(other.MemberId.ToString());
        foreach (var foreign in new[] { me.Phone, me.Name, me.CardNumber, me.MemberId.ToString(), myReceipt })
        {
            text.ShouldNotContain(foreign, Case.Sensitive, $"another member's export holds '{foreign}'");
        }
    }

    [Fact]
    public async Task Export_WhenCalledWithABranchKey_Returns403()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await OnlineMemberAsync(branch, "o_staff", "13800138024", "陈小明");

        var response = await branch.Client.GetAsync(ExportRoute);

        await ProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Export_WhenShopperHasNoMembership_Returns404()
    {
        var shopper = await ShopperAsync("o_stranger");

        var response = await shopper.GetAsync(ExportRoute);

        await ProblemAsync(response, HttpStatusCode.NotFound, "member.not_found");
    }

    [Fact]
    public async Task Export_WhenMemberHasExited_Returns404()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var me = await OnlineMemberAsync(branch, "o_gone", "13800138025", "陈小明");
        (await ExitAsync(me.Shopper, "/api/v1/me/exit", new { confirm = true, forfeitPoints = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await me.Shopper.GetAsync(ExportRoute);

        await ProblemAsync(response, HttpStatusCode.NotFound, "member.not_found");
    }
}
