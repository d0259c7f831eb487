namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using System.Text.Json;
using MemberCard.Application.Common.WeChat;

public sealed class WeChatCardsClientTests : IDisposable
{
    private const string Code = "110201201245";

    private readonly WeChatClientHost _host = new();

    [Fact]
    public async Task UpdateUserAsync_WhenCalled_SendsAbsoluteBonusTierAndExplicitNotifications()
    {
        _host.WeChat.On("/card/membercard/updateuser", (_, _) => FakeWeChatHandler.Ok());
        var update = new WeChatCardUpdate(Code, 1200, "消费积分", "Gold");

        await _host.Cards.UpdateUserAsync(update, CancellationToken.None);

        var request = _host.WeChat.To("/card/membercard/updateuser").ShouldHaveSingleItem();
        request.AccessToken.ShouldBe("TOKEN-1");
        var body = request.Json();
        body.GetProperty("code").GetString().ShouldBe(Code);
        body.GetProperty("card_id").GetString().ShouldBe(WeChatClientHost.CardId);
        body.GetProperty("bonus").GetInt64().ShouldBe(1200);
        body.TryGetProperty("add_bonus", out _).ShouldBeFalse();
        body.GetProperty("record_bonus").GetString().ShouldBe("消费积分");
        body.GetProperty("custom_field_value1").GetString().ShouldBe("Gold");
        body.TryGetProperty("balance", out _).ShouldBeFalse();
        var notify = body.GetProperty("notify_optional");
        notify.GetProperty("is_notify_bonus").GetBoolean().ShouldBeTrue();
        notify.GetProperty("is_notify_balance").GetBoolean().ShouldBeTrue();
        notify.GetProperty("is_notify_custom_field1").GetBoolean().ShouldBeTrue();
        request.Body!.ShouldContain("消费积分");
    }

    [Fact]
    public async Task UpdateUserAsync_WhenRecordTextLong_CutsItToFourteenCharacters()
    {
        _host.WeChat.On("/card/membercard/updateuser", (_, _) => FakeWeChatHandler.Ok());
        var update = new WeChatCardUpdate(Code, 0, "积分已于本月底到期清零请及时使用剩余积分兑换礼品", "Silver");

        await _host.Cards.UpdateUserAsync(update, CancellationToken.None);

        _host.WeChat.To("/card/membercard/updateuser").ShouldHaveSingleItem().Json()
            .GetProperty("record_bonus").GetString().ShouldBe("积分已于本月底到期清零请及时");
    }

    [Fact]
    public async Task UpdateUserAsync_WhenBalanceGiven_SendsItInFen()
    {
        _host.WeChat.On("/card/membercard/updateuser", (_, _) => FakeWeChatHandler.Ok());
        var update = new WeChatCardUpdate(Code, 10, "充值", "Gold", BalanceFen: 12345);

        await _host.Cards.UpdateUserAsync(update, CancellationToken.None);

        _host.WeChat.To("/card/membercard/updateuser").ShouldHaveSingleItem().Json()
            .GetProperty("balance").GetInt64().ShouldBe(12345);
    }

    [Fact]
    public async Task ActivateAsync_WhenCalled_SendsMembershipNumberInitialBonusAndTier()
    {
        _host.WeChat.On("/card/membercard/activate", (_, _) => FakeWeChatHandler.Ok());
        var activation = new WeChatCardActivation(Code, "8800012345678", 300, "Silver");

        await _host.Cards.ActivateAsync(activation, CancellationToken.None);

        var body = _host.WeChat.To("/card/membercard/activate").ShouldHaveSingleItem().Json();
        body.GetProperty("code").GetString().ShouldBe(Code);
        body.GetProperty("card_id").GetString().ShouldBe(WeChatClientHost.CardId);
        body.GetProperty("membership_number").GetString().ShouldBe("8800012345678");
        body.GetProperty("init_bonus").GetInt64().ShouldBe(300);
        body.GetProperty("init_custom_field_value1").GetString().ShouldBe("Silver");
    }

    [Fact]
    public async Task MakeUnavailableAsync_WhenCalled_SendsCodeCardAndReason()
    {
        _host.WeChat.On("/card/code/unavailable", (_, _) => FakeWeChatHandler.Ok());

        await _host.Cards.MakeUnavailableAsync(Code, "replaced", CancellationToken.None);

        var body = _host.WeChat.To("/card/code/unavailable").ShouldHaveSingleItem().Json();
        body.GetProperty("code").GetString().ShouldBe(Code);
        body.GetProperty("card_id").GetString().ShouldBe(WeChatClientHost.CardId);
        body.GetProperty("reason").GetString().ShouldBe("replaced");
    }

    [Fact]
    public async Task DecryptCodeAsync_WhenWeChatAnswers_ReturnsTheRealCode()
    {
        _host.WeChat.On("/card/code/decrypt", (_, _) => FakeWeChatHandler.Json($$"""{"errcode":0,"errmsg":"ok","code":"{{Code}}"}"""));

        var code = await _host.Cards.DecryptCodeAsync("XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE", CancellationToken.None);

        code.ShouldBe(Code);
        _host.WeChat.To("/card/code/decrypt").ShouldHaveSingleItem().Json()
            .GetProperty("encrypt_code").GetString().ShouldBe("XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA60Fzpc8ksZ/5ZZ0DVkXdE");
    }

    [Fact]
    public async Task GetUserInfoAsync_WhenWeChatAnswers_MapsStatusBonusAndFormFields()
    {
        _host.WeChat.On("/card/membercard/userinfo/get", (_, _) => FakeWeChatHandler.Json("""
            {"errcode":0,"errmsg":"ok","openid":"oA-official","nickname":"Shopper","bonus":150,"balance":0,
             "user_info":{"common_field_list":[
                {"name":"USER_FORM_INFO_FLAG_MOBILE","value":"13800138000"},
                {"name":"USER_FORM_INFO_FLAG_NAME","value":"Li Lei"},
                {"name":"USER_FORM_INFO_FLAG_HABIT","value":"","value_list":["tea","books"]}],
              "custom_field_list":[]},
             "user_card_status":"NORMAL","has_active":false}
            """));

        var info = await _host.Cards.GetUserInfoAsync(Code, CancellationToken.None);

        info.Status.ShouldBe("NORMAL");
        info.OpenId.ShouldBe("oA-official");
        info.Points.ShouldBe(150);
        info.FormFields["USER_FORM_INFO_FLAG_MOBILE"].ShouldBe("13800138000");
        info.FormFields["USER_FORM_INFO_FLAG_NAME"].ShouldBe("Li Lei");
        info.FormFields["USER_FORM_INFO_FLAG_HABIT"].ShouldBe("tea,books");
        var body = _host.WeChat.To("/card/membercard/userinfo/get").ShouldHaveSingleItem().Json();
        body.GetProperty("card_id").GetString().ShouldBe(WeChatClientHost.CardId);
        body.GetProperty("code").GetString().ShouldBe(Code);
    }

    [Fact]
    public async Task GetActivationFormAsync_WhenWeChatAnswers_MapsCommonFields()
    {
        _host.WeChat.On("/card/membercard/activatetempinfo/get", (_, _) => FakeWeChatHandler.Json("""
            {"errcode":0,"errmsg":"ok","info":{"common_field_list":[
                {"name":"USER_FORM_INFO_FLAG_MOBILE","value":"13800138000"},
                {"name":"USER_FORM_INFO_FLAG_BIRTHDAY","value":"1990-05-01"}],"custom_field_list":[]}}
            """));

        var form = await _host.Cards.GetActivationFormAsync("ticket-1", CancellationToken.None);

        form.Count.ShouldBe(2);
        form["USER_FORM_INFO_FLAG_MOBILE"].ShouldBe("13800138000");
        form["USER_FORM_INFO_FLAG_BIRTHDAY"].ShouldBe("1990-05-01");
        _host.WeChat.To("/card/membercard/activatetempinfo/get").ShouldHaveSingleItem().Json()
            .GetProperty("activate_ticket").GetString().ShouldBe("ticket-1");
    }

    [Theory]
    [InlineData(40029)]
    [InlineData(40079)]
    public async Task GetActivationFormAsync_WhenTicketExpiredOnce_RetriesOnce(int errorCode)
    {
        _host.WeChat.On("/card/membercard/activatetempinfo/get", (_, call) => call == 1
            ? FakeWeChatHandler.Error(errorCode, "invalid activate_ticket")
            : FakeWeChatHandler.Json("""{"errcode":0,"info":{"common_field_list":[{"name":"USER_FORM_INFO_FLAG_MOBILE","value":"13800138000"}]}}"""));

        var form = await _host.Cards.GetActivationFormAsync("ticket-1", CancellationToken.None);

        form["USER_FORM_INFO_FLAG_MOBILE"].ShouldBe("13800138000");
        _host.WeChat.Count("/card/membercard/activatetempinfo/get").ShouldBe(2);
    }

    [Fact]
    public async Task GetActivationFormAsync_WhenTicketStaysExpired_ThrowsExpired()
    {
        _host.WeChat.On("/card/membercard/activatetempinfo/get", (_, _) => FakeWeChatHandler.Error(40079, "invalid activate_ticket"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.GetActivationFormAsync("ticket-1", CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Expired);
        exception.ErrorCode.ShouldBe(40079);
        _host.WeChat.Count("/card/membercard/activatetempinfo/get").ShouldBe(2);
    }

    [Fact]
    public async Task Call_WhenErrmsgEchoesTheAccessToken_KeepsItOutOfTheException()
    {
        _host.WeChat.On("/card/code/unavailable", (request, _) => FakeWeChatHandler.Error(40127, $"card deleted, token {request.AccessToken}"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.MakeUnavailableAsync(Code, "exit", CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.CardUnavailable);
        exception.Message.ShouldContain("card deleted");
        exception.ToString().ShouldNotContain("TOKEN-1");
        exception.ToString().ShouldNotContain(WeChatClientHost.OfficialAccountSecret);
    }

    [Fact]
    public async Task Call_WhenSuccessBodyOmitsErrcode_Succeeds()
    {
        _host.WeChat.On("/card/code/decrypt", (_, _) => FakeWeChatHandler.Json($$"""{"code":"{{Code}}"}"""));

        var code = await _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None);

        code.ShouldBe(Code);
    }

    [Fact]
    public async Task Call_WhenBodyIsNotJson_ThrowsOther()
    {
        _host.WeChat.On("/card/code/decrypt", (_, _) => FakeWeChatHandler.Json("<html>gateway</html>"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.Cards.DecryptCodeAsync("encrypted", CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.Other);
        exception.InnerException.ShouldBeAssignableTo<JsonException>();
    }

    public void Dispose() => _host.Dispose();
}
