namespace MemberCard.Api.IntegrationTests.WeChat;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.WeChatSimulator;

[Collection(ApiCollection.Name)]
public sealed class WeChatLoginTests(MemberCardApiFactory factory) : WeChatTestBase(factory)
{
    [Fact]
    public async Task Login_WhenWeChatAcceptsTheCode_IssuesAShopperTokenForTheOpenId()
    {
        var code = WeChat.IssueLoginCode("o-mini-7", "u-7");

        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        body["openId"]!.GetValue<string>().ShouldBe("o-mini-7");
        body["accessToken"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        body.ToJsonString().ShouldNotContain("session", Case.Insensitive);
        WeChat.GetRequests("/sns/jscode2session").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Login_WhenTheCodeWasAlreadyUsed_Is400WithTheFieldNamed()
    {
        var code = WeChat.IssueLoginCode("o-mini-8", null);
        (await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code })).EnsureSuccessStatusCode();

        var again = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code });

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ReadJsonAsync(again);
        problem["code"]!.GetValue<string>().ShouldBe("wechat.code_invalid");
        problem["errors"]!["code"].ShouldNotBeNull();
        WeChat.GetRequests("/sns/jscode2session").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Login_WhenWeChatIsDown_Is503AndSaysToRetry()
    {
        var code = WeChat.IssueLoginCode("o-mini-9", null);
        WeChat.SetFault(new FaultRule(FaultMode.Down));

        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code });

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await ReadJsonAsync(response))["code"]!.GetValue<string>().ShouldBe("wechat.unavailable");
    }

    [Fact]
    public async Task BindPhone_WhenWeChatVerifiesThePhoneCode_BindsThatPhone()
    {
        await OpenBranchAsync("SZ001", "755");
        var (shopper, _, memberId) = await OnlineMemberAsync("o-mini-phone", "13800138010", "SZ001");
        var phoneCode = WeChat.IssuePhoneCode("13800138010");

        var response = await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await CountAsync($"SELECT count(*) FROM membercard.members WHERE id = '{memberId}' AND phone_verified")).ShouldBe(1);
        WeChat.GetRequests("/wxa/business/getuserphonenumber")[^1].ErrCode.ShouldBe(0);
    }

    [Fact]
    public async Task BindPhone_WhenTheTokenExpiredAtWeChat_RefreshesItAndRetriesOnce()
    {
        await OpenBranchAsync("SZ001", "755");
        var (shopper, _, _) = await OnlineMemberAsync("o-mini-exp", "13800138011", "SZ001");
        (await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = WeChat.IssuePhoneCode("13800138011") })).EnsureSuccessStatusCode();
        WeChat.ExpireTokens();
        WeChat.ClearRequests();

        var response = await shopper.PostAsJsonAsync("/api/v1/me/phone", new { phoneCode = WeChat.IssuePhoneCode("13800138011") });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        WeChat.GetRequests().Select(r => r.Path).ShouldBe(["/wxa/business/getuserphonenumber", "/cgi-bin/stable_token", "/wxa/business/getuserphonenumber"]);
    }
}
