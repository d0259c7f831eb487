namespace MemberCard.Api.IntegrationTests.WeChat;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.WeChatSimulator;

[Collection(ApiCollection.Name)]
public sealed class WeChatCardLoopTests(MemberCardApiFactory factory) : WeChatTestBase(factory)
{
    [Fact]
    public async Task FullLoop_WhenShopperAddsCardAndSubmitsForm_ActivatesAndShowsPointsInWeChat()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, memberId) = await OnlineMemberAsync("mini-loop", "13800138000", "SZ001");

        var code = await AddToCardPackageAsync("oa-loop", outerStr: cardNumber);
        await SubmitActivationFormAsync(code, "13800138000");
        await DispatchAsync();
        await BuyAsync(branch, cardNumber, 321.00m);
        await DispatchAsync();

        var card = WeChat.GetCard(code)!;
        card.Activations.Count.ShouldBe(1);
        card.MembershipNumber.ShouldBe(cardNumber);
        card.Bonus.ShouldBe(321);
        card.Bonus.ShouldBe(await BalanceAsync(memberId));
        card.CustomFieldValue1.ShouldBe("普通会员");
        card.Updates.ShouldAllBe(u => u.AddBonus == null);
        var lookup = await branch.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/branch/cards/lookup?code={cardNumber}");
        lookup!["cardStatus"]!.GetValue<string>().ShouldBe("Active");
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
    }

    [Fact]
    public async Task ActivationForm_WhenMobileIsNotTheMembers_DoesNotActivate()
    {
        await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-form", "13800138001", "SZ001");
        var code = await AddToCardPackageAsync("oa-form", outerStr: cardNumber);

        await SubmitActivationFormAsync(code, "13900139000");
        await DispatchAsync();

        WeChat.GetCard(code)!.Activations.ShouldBeEmpty();
        (await CountAsync($"SELECT count(*) FROM membercard.cards WHERE number = '{cardNumber}' AND status = 'Issued'")).ShouldBe(1);
        (await OutboxAsync()).Single().Outcome.ShouldBe("refused: the form's mobile is not the member's");
    }

    [Fact]
    public async Task UserGetCard_WhenLinkedByUnionId_LinksTheMembersCurrentCardAndActivatesAnActiveOne()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var shopper = Anonymous();
        var code = WeChat.IssueLoginCode("mini-union", "union-42");
        var login = await (await shopper.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code })).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        shopper.DefaultRequestHeaders.Authorization = new("Bearer", login!["accessToken"]!.GetValue<string>());
        var applied = await ReadJsonAsync(await shopper.PostAsJsonAsync("/api/v1/me/card-applications", new
        {
            name = "赵六", gender = "Female", birthDate = "1990-01-01", phone = "13800138002", branchCode = "SZ001",
        }));
        var cardNumber = applied["cardNumber"]!.GetValue<string>();
        await ActivateAtBranchAsync(branch, cardNumber);

        var weChatCode = await AddToCardPackageAsync("oa-union", outerStr: null, unionId: "union-42");
        await DispatchAsync();

        var card = WeChat.GetCard(weChatCode)!;
        card.Activations.Single().MembershipNumber.ShouldBe(cardNumber);
        (await CountAsync($"SELECT count(*) FROM membercard.cards WHERE number = '{cardNumber}' AND we_chat_code = '{weChatCode}'")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.members WHERE official_account_open_id = 'oa-union'")).ShouldBe(1);
    }

    [Fact]
    public async Task LossReport_WhenTheCardIsInWeChat_MakesItsCodeUnavailable()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, cardNumber, _) = await OnlineMemberAsync("mini-loss", "13800138003", "SZ001");
        var code = await AddToCardPackageAsync("oa-loss", outerStr: cardNumber);
        await ActivateAtBranchAsync(branch, cardNumber);
        await DispatchAsync();

        (await shopper.PostAsync("/api/v1/me/card/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await DispatchAsync();

        WeChat.GetCard(code)!.Status.ShouldBe("UNAVAILABLE");
    }

    [Fact]
    public async Task Purchase_WhenTheCardIsNotInWeChat_QueuesNoSyncUntilItIsAdded()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, memberId) = await OnlineMemberAsync("mini-plastic", "13800138006", "SZ001");
        await ActivateAtBranchAsync(branch, cardNumber);
        await DispatchAsync();

        await BuyAsync(branch, cardNumber, 100m);

        (await OutboxAsync()).ShouldNotContain(m => m.Kind == "wechat.card.sync");
        var code = await AddToCardPackageAsync("oa-plastic", outerStr: cardNumber);
        await DispatchAsync();
        await BuyAsync(branch, cardNumber, 200m);
        (await OutboxAsync()).Count(m => m.Kind == "wechat.card.sync").ShouldBe(1);
        await DispatchAsync();
        var card = WeChat.GetCard(code)!;
        card.Bonus.ShouldBe(300);
        card.Bonus.ShouldBe(await BalanceAsync(memberId));
    }

    [Fact]
    public async Task Outage_WhenWeChatIsDownDuringPurchases_PurchasesSucceedAndTheCardCatchesUpWithOneUpdate()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, memberId) = await OnlineMemberAsync("mini-down", "13800138004", "SZ001");
        var code = await AddToCardPackageAsync("oa-down", outerStr: cardNumber);
        await ActivateAtBranchAsync(branch, cardNumber);
        await DispatchAsync();
        WeChat.ClearRequests();
        WeChat.SetFault(new FaultRule(FaultMode.Down));

        await BuyAsync(branch, cardNumber, 100m);
        await BuyAsync(branch, cardNumber, 200m);
        await DispatchAsync();
        WeChat.GetCard(code)!.Bonus.ShouldBe(0);
        await BuyAsync(branch, cardNumber, 300m);
        WeChat.SetFault(new FaultRule(FaultMode.None));
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();

        var card = WeChat.GetCard(code)!;
        card.Bonus.ShouldBe(600);
        card.Bonus.ShouldBe(await BalanceAsync(memberId));
        card.Updates.Count.ShouldBe(1);
        var outbox = await OutboxAsync();
        outbox.ShouldAllBe(m => m.Status == "Sent");
        outbox.Count(m => m.Outcome != null && m.Outcome.StartsWith("coalesced", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Dispatchers_WhenTwoRunAtOnce_SendEachUpdateOnceAndInOrder()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var members = new List<(string Card, string Code, Guid MemberId)>();
        for (var i = 0; i < 6; i++)
        {
            var (_, cardNumber, memberId) = await OnlineMemberAsync($"mini-pair-{i}", $"1380013810{i}", "SZ001");
            var code = await AddToCardPackageAsync($"oa-pair-{i}", outerStr: cardNumber);
            await ActivateAtBranchAsync(branch, cardNumber);
            members.Add((cardNumber, code, memberId));
        }

        foreach (var (card, _, _) in members)
        {
            await BuyAsync(branch, card, 50m);
        }

        WeChat.SetFault(new FaultRule(FaultMode.Slow, LatencyMs: 30));
        var handled = await Task.WhenAll(DispatchAsync(), DispatchAsync());

        handled.Sum().ShouldBe((await OutboxAsync()).Count(m => m.Outcome is "sent"));
        var requests = WeChat.GetRequests("/card/membercard/");
        foreach (var (card, code, memberId) in members)
        {
            var calls = requests.Where(r => r.ErrCode == 0 && r.Body?.GetProperty("code").GetString() == code).Select(r => r.Path).ToList();
            calls.ShouldBe(["/card/membercard/activate", "/card/membercard/updateuser"]);
            WeChat.GetCard(code)!.Bonus.ShouldBe(await BalanceAsync(memberId));
        }
    }

    [Fact]
    public async Task FailedMessage_WhenWeChatRefusesIt_IsParkedListedAndCanBeRetriedByHeadOffice()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, memberId) = await OnlineMemberAsync("mini-park", "13800138005", "SZ001");
        var code = await AddToCardPackageAsync("oa-park", outerStr: cardNumber);
        await ActivateAtBranchAsync(branch, cardNumber);
        await DispatchAsync();
        WeChat.SetCardStatus(code, "UNAVAILABLE").ShouldBeTrue();
        await BuyAsync(branch, cardNumber, 88m);

        await DispatchAsync();
        var failed = await ReadJsonAsync(await HeadOffice().GetAsync("/api/v1/hq/outbox?status=Failed"));
        var fromBranch = await branch.Client.GetAsync("/api/v1/hq/outbox");
        WeChat.SetCardStatus(code, "NORMAL").ShouldBeTrue();
        var id = failed["items"]![0]!["id"]!.GetValue<long>();
        var retried = await HeadOffice().PostAsync($"/api/v1/hq/outbox/{id}/retry", null);
        await DispatchAsync();
        var again = await HeadOffice().PostAsync($"/api/v1/hq/outbox/{id}/retry", null);

        failed["totalCount"]!.GetValue<int>().ShouldBe(1);
        failed["items"]![0]!["kind"]!.GetValue<string>().ShouldBe("wechat.card.sync");
        failed["items"]![0]!["lastError"]!.GetValue<string>().ShouldContain("40127");
        failed["items"]![0]!["attempts"]!.GetValue<int>().ShouldBe(1);
        fromBranch.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        WeChat.GetCard(code)!.Bonus.ShouldBe(await BalanceAsync(memberId));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadJsonAsync(again))["code"]!.GetValue<string>().ShouldBe("outbox.not_failed");
    }

    [Fact]
    public async Task BusyWeChat_WhenItAnswersBusyTwice_TheClientRetriesAndTheUpdateArrives()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-busy", "13800138006", "SZ001");
        var code = await AddToCardPackageAsync("oa-busy", outerStr: cardNumber);
        await ActivateAtBranchAsync(branch, cardNumber);
        await DispatchAsync();
        await BuyAsync(branch, cardNumber, 66m);
        WeChat.ClearRequests();
        WeChat.SetFault(new FaultRule(FaultMode.Busy, Count: 2, PathPrefix: "/card/membercard/updateuser"));

        await DispatchAsync();

        WeChat.GetCard(code)!.Bonus.ShouldBe(66);
        WeChat.GetRequests("/card/membercard/updateuser").Count(r => r.Fault == null).ShouldBe(1);
        WeChat.GetRequests("/card/membercard/updateuser").Count(r => r.Fault != null).ShouldBe(2);
        (await OutboxAsync()).ShouldAllBe(m => m.Status == "Sent");
    }
}
