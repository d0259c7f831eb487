namespace MemberCard.WeChatSimulator.Tests;

using System.Xml.Linq;
using MemberCard.WeChatSimulator.Tests.Support;

public sealed class CallbackPushTests : IAsyncLifetime
{
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private CallbackReceiver _callback = null!;
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync()
    {
        _callback = await CallbackReceiver.StartAsync();
        _sim = await SimulatorHost.StartAsync(new SimulatorSettings { CallbackUrl = _callback.CallbackUrl });
    }

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        await _callback.DisposeAsync();
    }

    [Fact]
    public async Task CreateCard_WhenCallbackIsSet_PushesASignedUserGetCardEvent()
    {
        var body = new { openid = "oOfficial5", unionid = "union5", outerStr = "application-9" };

        var created = await _sim.PostAsync("/_sim/cards", body);

        created.GetProperty("callbackStatus").GetInt32().ShouldBe(200);
        var push = await _callback.NextAsync();
        push.Query["signature"].ShouldBe(Sha1Signature.Of(_sim.Settings.Token, push.Query["timestamp"], push.Query["nonce"]));
        push.Query["openid"].ShouldBe("oOfficial5");
        push.Query.ShouldNotContainKey("encrypt_type");
        push.Element("ToUserName").ShouldBe(_sim.Settings.OfficialAccountOriginalId);
        push.Element("FromUserName").ShouldBe("oOfficial5");
        push.Element("MsgType").ShouldBe("event");
        push.Element("Event").ShouldBe("user_get_card");
        push.Element("CardId").ShouldBe(_sim.Settings.CardId);
        push.Element("UserCardCode").ShouldBe(created.GetProperty("code").GetString());
        push.Element("OuterStr").ShouldBe("application-9");
        push.Element("UnionId").ShouldBe("union5");
        push.Element("IsGiveByFriend").ShouldBe("0");
        push.Element("IsRestoreMemberCard").ShouldBe("0");
        long.Parse(push.Element("CreateTime"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(1_700_000_000);
    }

    [Fact]
    public async Task CreateCard_WhenSafeMode_PushesAnEncryptedEventWithAValidMsgSignature()
    {
        await using var sim = await SimulatorHost.StartAsync(new SimulatorSettings { CallbackUrl = _callback.CallbackUrl, EncodingAesKey = AesKey });

        var code = await sim.CreateCardAsync("oOfficial6");

        var push = await _callback.NextAsync();
        var encrypt = push.Element("Encrypt");
        push.Query["encrypt_type"].ShouldBe("aes");
        push.Query["msg_signature"].ShouldBe(Sha1Signature.Of(sim.Settings.Token, push.Query["timestamp"], push.Query["nonce"], encrypt));
        push.Query["signature"].ShouldBe(Sha1Signature.Of(sim.Settings.Token, push.Query["timestamp"], push.Query["nonce"]));
        var message = XDocument.Parse(new WeChatMessageCrypto(AesKey, sim.Settings.OfficialAccountAppId).Decrypt(encrypt)).Root!;
        message.Element("Event")!.Value.ShouldBe("user_get_card");
        message.Element("UserCardCode")!.Value.ShouldBe(code);
        message.Element("FromUserName")!.Value.ShouldBe("oOfficial6");
    }

    [Fact]
    public async Task UpdateUser_WhenPushUpdateEventsIsOn_PushesUpdateMemberCardWithTheChange()
    {
        var code = await _sim.CreateCardAsync();
        await _callback.NextAsync();
        var token = await _sim.OfficialAccountTokenAsync();
        await _sim.PostAsync($"/card/membercard/activate?access_token={token}", new { code, card_id = _sim.Settings.CardId, membership_number = "M5", init_bonus = 100 });

        await _sim.PostAsync($"/card/membercard/updateuser?access_token={token}", new { code, card_id = _sim.Settings.CardId, bonus = 130 });

        var push = await _callback.NextAsync();
        push.Element("Event").ShouldBe("update_member_card");
        push.Element("UserCardCode").ShouldBe(code);
        push.Element("ModifyBonus").ShouldBe("30");
        push.Element("ModifyBalance").ShouldBe("0");
    }

    [Fact]
    public async Task SubmitForm_WhenCallbackIsSet_PushesSubmitMembercardUserInfo()
    {
        var code = await _sim.CreateCardAsync();
        await _callback.NextAsync();

        var submitted = await _sim.PostAsync($"/_sim/cards/{code}/form", new { mobile = "13800000000", name = "李雷" });

        submitted.GetProperty("callbackStatus").GetInt32().ShouldBe(200);
        submitted.GetProperty("activateTicket").GetString().ShouldNotBeNullOrEmpty();
        var push = await _callback.NextAsync();
        push.Element("Event").ShouldBe("submit_membercard_user_info");
        push.Element("UserCardCode").ShouldBe(code);
    }

    [Fact]
    public async Task CardEvent_WhenBodyAddsFields_PushesThemWithTheDefaults()
    {
        var code = await _sim.CreateCardAsync(outerStr: "app-3");
        await _callback.NextAsync();

        await _sim.PostAsync($"/_sim/cards/{code}/events/user_consume_card", new { ConsumeSource = "FROM_MOBILE_HELPER", LocationId = 12 });

        var push = await _callback.NextAsync();
        push.Element("Event").ShouldBe("user_consume_card");
        push.Element("ConsumeSource").ShouldBe("FROM_MOBILE_HELPER");
        push.Element("LocationId").ShouldBe("12");
        push.Element("OuterStr").ShouldBe("app-3");
        push.Element("CardId").ShouldBe(_sim.Settings.CardId);
    }

    [Fact]
    public async Task Push_WhenTheSameCreateTimeIsGivenTwice_DeliversTheSameEventTwice()
    {
        var body = new { @event = "user_view_card", openid = "oOfficial7", createTime = 1_714_000_000, CardId = "pCard", UserCardCode = "123456789012" };

        await _sim.PostAsync("/_sim/push", body);
        await _sim.PostAsync("/_sim/push", body);

        var first = await _callback.NextAsync();
        var second = await _callback.NextAsync();
        second.Body.ShouldBe(first.Body);
        first.Element("CreateTime").ShouldBe("1714000000");
        first.Element("UserCardCode").ShouldBe("123456789012");
        _sim.State.GetPushes().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Push_WhenGivenRawXml_SendsItVerbatimAndSigned()
    {
        const string xml = "<xml><Event>broken";

        var answer = await _sim.PostAsync("/_sim/push", new { xml, openid = "oOfficial8" });

        answer.GetProperty("callbackStatus").GetInt32().ShouldBe(200);
        var push = await _callback.NextAsync();
        push.Body.ShouldBe(xml);
        push.Query["signature"].ShouldBe(Sha1Signature.Of(_sim.Settings.Token, push.Query["timestamp"], push.Query["nonce"]));
    }
}
