namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ShopperLoginTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task Login_WhenShopperHasNoCard_ReturnsTokenWithoutMemberId()
    {
        var anonymous = Anonymous();

        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev:o_newcomer-1" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await ReadJsonAsync(response);
        Str(body, "accessToken").Split('.').Length.ShouldBe(3);
        body["expiresIn"]!.GetValue<int>().ShouldBeGreaterThan(0);
        Str(body, "openId").ShouldBe("o_newcomer-1");
        body["memberId"].ShouldBeNull();
        var shopper = Factory.CreateClient();
        shopper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Str(body, "accessToken"));
        var card = await shopper.GetAsync("/api/v1/me/card");
        await ShouldBeProblemAsync(card, HttpStatusCode.NotFound, "member.not_found");
    }

    [Fact]
    public async Task Login_AfterApplyingOnline_ReturnsTheMemberId()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var card = await ApplyOnlineOkAsync(await ShopperAsync("o_member1"), "13900000001");

        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev:o_member1" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await ReadJsonAsync(response);
        Str(body, "openId").ShouldBe("o_member1");
        Str(body, "memberId").ShouldBe(Str(card, "memberId"));
    }

    [Fact]
    public async Task Login_WhenCodeIsNotASimulatedCode_Returns400NamingTheCode()
    {
        var anonymous = Anonymous();

        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "081aBcDeFgHiJk" });

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "wechat.code_invalid");
        problem["errors"]!["code"].ShouldNotBeNull();
    }
}
