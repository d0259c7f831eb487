namespace MemberCard.WeChatSimulator.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using MemberCard.WeChatSimulator.Tests.Support;

public sealed class MiniProgramEndpointsTests : IAsyncLifetime
{
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync() => _sim = await SimulatorHost.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task CodeToSession_WhenDevCode_ReturnsThatOpenIdWithoutErrcode()
    {
        var code = "dev:oMini42";

        var session = await CodeToSessionAsync(code);

        session.GetProperty("openid").GetString().ShouldBe("oMini42");
        session.GetProperty("unionid").GetString().ShouldBe("u_oMini42");
        session.GetProperty("session_key").GetString().ShouldNotBeNullOrEmpty();
        session.TryGetProperty("errcode", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task CodeToSession_WhenIssuedCodeIsUsedTwice_AnswersTheSecondWith40163()
    {
        var issued = await _sim.PostAsync("/_sim/login-codes", new { openid = "oMini7", unionid = "union7" });
        var code = issued.GetProperty("code").GetString()!;

        var first = await CodeToSessionAsync(code);
        var second = await CodeToSessionAsync(code);

        first.GetProperty("openid").GetString().ShouldBe("oMini7");
        first.GetProperty("unionid").GetString().ShouldBe("union7");
        second.GetProperty("errcode").GetInt32().ShouldBe(40163);
    }

    [Fact]
    public async Task CodeToSession_WhenIssuedWithoutUnionId_OmitsUnionId()
    {
        var issued = await _sim.PostAsync("/_sim/login-codes", new { openid = "oMini8" });

        var session = await CodeToSessionAsync(issued.GetProperty("code").GetString()!);

        session.GetProperty("openid").GetString().ShouldBe("oMini8");
        session.TryGetProperty("unionid", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task CodeToSession_WhenCodeIsUnknown_Answers40029()
    {
        var code = "never-issued";

        var session = await CodeToSessionAsync(code);

        session.GetProperty("errcode").GetInt32().ShouldBe(40029);
        session.GetProperty("errmsg").GetString()!.ShouldContain("rid:");
    }

    [Fact]
    public async Task CodeToSession_WhenSecretIsWrong_Answers40125()
    {
        var path = $"/sns/jscode2session?appid={_sim.Settings.MiniProgramAppId}&secret=wrong&js_code=dev:x&grant_type=authorization_code";

        var session = await _sim.GetAsync(path);

        session.GetProperty("errcode").GetInt32().ShouldBe(40125);
    }

    [Fact]
    public async Task PhoneNumber_WhenIssuedCode_ReturnsThePhoneInfo()
    {
        var token = await _sim.MiniProgramTokenAsync();
        var issued = await _sim.PostAsync("/_sim/phone-codes", new { phoneNumber = "13912345678" });

        var answer = await _sim.PostAsync($"/wxa/business/getuserphonenumber?access_token={token}", new { code = issued.GetProperty("code").GetString() });

        answer.GetProperty("errcode").GetInt32().ShouldBe(0);
        var phone = answer.GetProperty("phone_info");
        phone.GetProperty("phoneNumber").GetString().ShouldBe("13912345678");
        phone.GetProperty("purePhoneNumber").GetString().ShouldBe("13912345678");
        phone.GetProperty("countryCode").GetString().ShouldBe("86");
        phone.GetProperty("watermark").GetProperty("appid").GetString().ShouldBe(_sim.Settings.MiniProgramAppId);
    }

    [Fact]
    public async Task PhoneNumber_WhenDevCode_ReturnsThatMobile()
    {
        var token = await _sim.MiniProgramTokenAsync();

        var answer = await _sim.PostAsync($"/wxa/business/getuserphonenumber?access_token={token}", new { code = "dev:13700000001" });

        answer.GetProperty("phone_info").GetProperty("phoneNumber").GetString().ShouldBe("13700000001");
    }

    [Fact]
    public async Task PhoneNumber_WhenCodeIsUnknown_Answers40029()
    {
        var token = await _sim.MiniProgramTokenAsync();

        var errcode = await _sim.ErrCodeAsync($"/wxa/business/getuserphonenumber?access_token={token}", new { code = "never-issued" });

        errcode.ShouldBe(40029);
    }

    [Fact]
    public async Task SubscribeSend_WhenNoAcceptanceIsLeft_Answers43101()
    {
        var token = await _sim.MiniProgramTokenAsync();
        await _sim.PostAsync("/_sim/users/oMini9/subscriptions", new { remaining = 1 });
        var message = new { touser = "oMini9", template_id = "tmpl-points", page = "pages/card", data = new { thing1 = new { value = "x" } } };

        var first = await _sim.ErrCodeAsync($"/cgi-bin/message/subscribe/send?access_token={token}", message);
        var second = await _sim.ErrCodeAsync($"/cgi-bin/message/subscribe/send?access_token={token}", message);

        first.ShouldBe(0);
        second.ShouldBe(43101);
        var sent = _sim.State.GetMessages().ShouldHaveSingleItem();
        sent.TemplateId.ShouldBe("tmpl-points");
        sent.Data!.Value.GetProperty("thing1").GetProperty("value").GetString().ShouldBe("x");
    }

    private async Task<JsonElement> CodeToSessionAsync(string code)
    {
        var path = $"/sns/jscode2session?appid={_sim.Settings.MiniProgramAppId}&secret={_sim.Settings.MiniProgramSecret}"
            + $"&js_code={Uri.EscapeDataString(code)}&grant_type=authorization_code";
        return await _sim.Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
    }
}
