namespace MemberCard.Infrastructure.UnitTests.WeChat.Client;

using MemberCard.Application.Common.Exceptions;
using MemberCard.Application.Common.WeChat;

public sealed class WeChatMiniProgramClientTests : IDisposable
{
    private const string LoginPath = "/sns/jscode2session";
    private const string PhonePath = "/wxa/business/getuserphonenumber";
    private const string SubscribePath = "/cgi-bin/message/subscribe/send";

    private readonly WeChatClientHost _host = new();

    [Fact]
    public async Task ExchangeLoginCodeAsync_WhenSuccessOmitsErrcode_ReturnsOpenIdAndUnionId()
    {
        _host.WeChat.On(LoginPath, (_, _) => FakeWeChatHandler.Json("""{"openid":"o-mini-1","session_key":"c2Vzc2lvbi1rZXk=","unionid":"u-1"}"""));

        var session = await _host.MiniProgram.ExchangeLoginCodeAsync("0a1b2c", CancellationToken.None);

        session.OpenId.ShouldBe("o-mini-1");
        session.UnionId.ShouldBe("u-1");
        var request = _host.WeChat.To(LoginPath).ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Get);
        request.Query["appid"].ShouldBe(WeChatClientHost.MiniProgramAppId);
        request.Query["secret"].ShouldBe(WeChatClientHost.MiniProgramSecret);
        request.Query["js_code"].ShouldBe("0a1b2c");
        request.Query["grant_type"].ShouldBe("authorization_code");
        request.AccessToken.ShouldBeNull();
        _host.WeChat.Count(FakeWeChatHandler.StableTokenPath).ShouldBe(0);
    }

    [Fact]
    public async Task ExchangeLoginCodeAsync_WhenNoUnionId_ReturnsNullUnionId()
    {
        _host.WeChat.On(LoginPath, (_, _) => FakeWeChatHandler.Json("""{"openid":"o-mini-1","session_key":"c2Vzc2lvbi1rZXk="}"""));

        var session = await _host.MiniProgram.ExchangeLoginCodeAsync("0a1b2c", CancellationToken.None);

        session.UnionId.ShouldBeNull();
    }

    [Theory]
    [InlineData(40226, WeChatErrorKind.RiskyUser)]
    [InlineData(40163, WeChatErrorKind.InvalidCode)]
    [InlineData(45011, WeChatErrorKind.RateLimited)]
    public async Task ExchangeLoginCodeAsync_WhenRefused_ThrowsMappedKindWithoutTheSecret(int errorCode, WeChatErrorKind kind)
    {
        _host.WeChat.On(LoginPath, (request, _) => FakeWeChatHandler.Error(errorCode, $"refused for secret {request.Query["secret"]}"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() => _host.MiniProgram.ExchangeLoginCodeAsync("0a1b2c", CancellationToken.None));

        exception.Kind.ShouldBe(kind);
        exception.ErrorCode.ShouldBe(errorCode);
        exception.Endpoint.ShouldBe(LoginPath);
        exception.ToString().ShouldNotContain(WeChatClientHost.MiniProgramSecret);
    }

    [Theory]
    [InlineData("86")]
    [InlineData("\"86\"")]
    public async Task GetVerifiedPhoneAsync_WhenMainlandNumber_ReturnsIt(string countryCode)
    {
        _host.WeChat.On(PhonePath, (_, _) => FakeWeChatHandler.Json($$$"""
            {"errcode":0,"errmsg":"ok","phone_info":{"phoneNumber":"13800138000","purePhoneNumber":"13800138000","countryCode":{{{countryCode}}},
             "watermark":{"timestamp":1637744274,"appid":"wxminiprogram0001"} } }
            """));

        var phone = await _host.MiniProgram.GetVerifiedPhoneAsync("phone-code", CancellationToken.None);

        phone.Value.ShouldBe("13800138000");
        var request = _host.WeChat.To(PhonePath).ShouldHaveSingleItem();
        request.AccessToken.ShouldBe("TOKEN-1");
        request.Json().GetProperty("code").GetString().ShouldBe("phone-code");
        _host.WeChat.To(FakeWeChatHandler.StableTokenPath).ShouldHaveSingleItem().Json()
            .GetProperty("appid").GetString().ShouldBe(WeChatClientHost.MiniProgramAppId);
    }

    [Theory]
    [InlineData("1", "2025550123")]
    [InlineData("\"852\"", "91234567")]
    [InlineData("86", "01012345678")]
    public async Task GetVerifiedPhoneAsync_WhenNotAMainlandMobile_ThrowsUnsupported(string countryCode, string number)
    {
        _host.WeChat.On(PhonePath, (_, _) => FakeWeChatHandler.Json($$$"""
            {"errcode":0,"phone_info":{"phoneNumber":"+{{{number}}}","purePhoneNumber":"{{{number}}}","countryCode":{{{countryCode}}}}}
            """));

        var exception = await Should.ThrowAsync<InvalidInputException>(() => _host.MiniProgram.GetVerifiedPhoneAsync("phone-code", CancellationToken.None));

        exception.Field.ShouldBe("phoneCode");
        exception.Code.ShouldBe("wechat.phone_unsupported");
        exception.Message.ShouldNotContain(number);
    }

    [Fact]
    public async Task SendSubscribeMessageAsync_WhenCalled_PostsTemplateAndData()
    {
        _host.WeChat.On(SubscribePath, (_, _) => FakeWeChatHandler.Ok());
        var data = new Dictionary<string, string> { ["thing1"] = "积分到账", ["number2"] = "120" };

        await _host.MiniProgram.SendSubscribeMessageAsync("o-mini-1", "tmpl-1", null, data, CancellationToken.None);

        var body = _host.WeChat.To(SubscribePath).ShouldHaveSingleItem().Json();
        body.GetProperty("touser").GetString().ShouldBe("o-mini-1");
        body.GetProperty("template_id").GetString().ShouldBe("tmpl-1");
        body.TryGetProperty("page", out _).ShouldBeFalse();
        body.GetProperty("data").GetProperty("thing1").GetProperty("value").GetString().ShouldBe("积分到账");
        body.GetProperty("data").GetProperty("number2").GetProperty("value").GetString().ShouldBe("120");
    }

    [Fact]
    public async Task SendSubscribeMessageAsync_WhenNoAcceptanceLeft_ThrowsNoSubscription()
    {
        _host.WeChat.On(SubscribePath, (_, _) => FakeWeChatHandler.Error(43101, "user refuse to accept the msg"));

        var exception = await Should.ThrowAsync<WeChatApiException>(() =>
            _host.MiniProgram.SendSubscribeMessageAsync("o-mini-1", "tmpl-1", "pages/card/index", new Dictionary<string, string>(), CancellationToken.None));

        exception.Kind.ShouldBe(WeChatErrorKind.NoSubscription);
        _host.WeChat.Count(SubscribePath).ShouldBe(1);
    }

    public void Dispose() => _host.Dispose();
}
