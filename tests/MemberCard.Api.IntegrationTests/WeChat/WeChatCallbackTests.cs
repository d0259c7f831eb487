namespace MemberCard.Api.IntegrationTests.WeChat;

using System.Globalization;
using System.Net;
using System.Text;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.WeChatSimulator;

[Collection(ApiCollection.Name)]
public sealed class WeChatCallbackTests(MemberCardApiFactory factory) : WeChatTestBase(factory)
{
    [Fact]
    public async Task UrlVerification_WhenSignedWithOurToken_EchoesTheChallenge()
    {
        var signature = WeChatSignature.Compute(MemberCardApiFactory.WeChatToken, "1714036504", "1514711492");

        var ok = await Anonymous().GetAsync($"/wechat/callback?signature={signature}&timestamp=1714036504&nonce=1514711492&echostr=4375120948345356249");
        var forged = await Anonymous().GetAsync("/wechat/callback?signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492&echostr=1");

        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadAsStringAsync()).ShouldBe("4375120948345356249");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Push_WhenTheSameEventArrivesThreeTimes_IsHandledOnce()
    {
        await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-dup", "13800138020", "SZ001");
        var xml = EventXml("user_get_card", "oa-dup", DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ("CardId", "pSimulatorCard0000000000000"), ("UserCardCode", "123456789012"), ("OuterStr", cardNumber), ("IsRestoreMemberCard", "0"));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await PushAsync(xml));
        }

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        (await answers[2].Content.ReadAsStringAsync()).ShouldBe("success");
        (await CountAsync("SELECT count(*) FROM membercard.wechat_events")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.audit_entries WHERE action = 'wechat.card_linked'")).ShouldBe(1);
        (await CountAsync($"SELECT count(*) FROM membercard.cards WHERE number = '{cardNumber}' AND we_chat_code = '123456789012'")).ShouldBe(1);
    }

    [Fact]
    public async Task Push_WhenDeliveredConcurrently_IsStillHandledOnce()
    {
        await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-race", "13800138021", "SZ001");
        var xml = EventXml("user_get_card", "oa-race", DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ("UserCardCode", "223456789012"), ("OuterStr", cardNumber));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PushAsync(xml)));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        (await CountAsync("SELECT count(*) FROM membercard.wechat_events")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.audit_entries WHERE action = 'wechat.card_linked'")).ShouldBe(1);
    }

    [Fact]
    public async Task Push_WhenTheSignatureIsForged_IsRejectedAndChangesNothing()
    {
        await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-forge", "13800138022", "SZ001");
        var xml = EventXml("user_get_card", "oa-forge", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ("UserCardCode", "323456789012"), ("OuterStr", cardNumber));
        var before = await SnapshotDatabaseAsync();

        var forged = await PushAsync(xml, signatureOverride: new string('a', 40));
        var stale = await PushAsync(xml, timestamp: DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds());

        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ReadJsonAsync(forged))["code"]!.GetValue<string>().ShouldBe("wechat.signature_invalid");
        stale.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Push_WhenPlaintextArrivesWhileSafeModeIsConfigured_IsRejected()
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = WeChatSignature.Compute(MemberCardApiFactory.WeChatToken, ts, "42");
        var xml = EventXml("user_view_card", "oa-plain", long.Parse(ts, CultureInfo.InvariantCulture), ("UserCardCode", "423456789012"));
        var before = await SnapshotDatabaseAsync();

        var response = await Anonymous().PostAsync($"/wechat/callback?signature={signature}&timestamp={ts}&nonce=42", new StringContent(xml, Encoding.UTF8, "text/xml"));

        ((int)response.StatusCode).ShouldBeInRange(400, 401);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("<xml><ToUserName>gh</ToUserName>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>&e;</ToUserName></xml>")]
    [InlineData("<xml><ToUserName>gh</ToUserName><MsgType>event</MsgType></xml>")]
    public async Task Push_WhenTheMessageIsMalformed_Is400AndChangesNothing(string xml)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await PushAsync(xml);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response))["code"]!.GetValue<string>().ShouldBe("wechat.message_invalid");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Push_WhenTheBodyIsOversized_Is400()
    {
        var body = "<xml><Encrypt>" + new string('A', 70 * 1024) + "</Encrypt></xml>";

        var response = await Anonymous().PostAsync("/wechat/callback?signature=x&timestamp=1&nonce=1&encrypt_type=aes&msg_signature=x",
            new StringContent(body, Encoding.UTF8, "text/xml"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response))["code"]!.GetValue<string>().ShouldBe("wechat.message_invalid");
    }

    [Fact]
    public async Task Push_WhenTheEventIsUnknown_IsRecordedAndAcknowledged()
    {
        var xml = EventXml("card_sku_remind", "oa-unknown", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ("Detail", "库存不足"));

        var response = await PushAsync(xml);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("success");
        (await CountAsync("SELECT count(*) FROM membercard.wechat_events WHERE event = 'card_sku_remind' AND outcome = 'recorded'")).ShouldBe(1);
    }

    [Fact]
    public async Task UserDelCard_WhenTheShopperRemovesTheCard_UnlinksItAndStopsSyncing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (_, cardNumber, _) = await OnlineMemberAsync("mini-del", "13800138023", "SZ001");
        var code = await AddToCardPackageAsync("oa-del", outerStr: cardNumber);
        await ActivateAtBranchAsync(branch, cardNumber);
        await DispatchAsync();

        var removed = await Factory.WeChatControl.PostAsync($"/_sim/cards/{code}/events/user_del_card", null);
        await BuyAsync(branch, cardNumber, 10m);
        await DispatchAsync();

        removed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync($"SELECT count(*) FROM membercard.cards WHERE number = '{cardNumber}' AND we_chat_code IS NULL")).ShouldBe(1);
        (await OutboxAsync())[^1].Outcome.ShouldBe("skipped: no active card in WeChat");
    }
}
