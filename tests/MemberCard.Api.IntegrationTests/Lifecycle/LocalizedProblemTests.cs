namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using System.Net.Http.Headers;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class LocalizedProblemTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task IllegalTransition_WhenAcceptLanguageIsZhCn_ReturnsChineseTitleAndDetail()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/loss-report");
        branch.Client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var response = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.illegal_transition");
        Str(problem, "title").ShouldContain("会员卡");
        Str(problem, "detail").ShouldContain("会员卡");
    }

    [Fact]
    public async Task IllegalTransition_WhenNoAcceptLanguage_ReturnsEnglish()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");

        var response = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/reissue");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.reissue_requires_loss_report");
        Str(problem, "detail").ShouldContain("reported as lost");
        Str(problem, "detail").ShouldNotContain("会员卡");
    }

    [Fact]
    public async Task ReviewRejection_WhenAcceptLanguageIsZhCn_ReturnsChineseReasons()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        shopper.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("zh-CN"));

        var response = await ApplyOnlineAsync(shopper, "13900000002");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.wechat_taken");
        problem["reasons"]![0]!["message"]!.GetValue<string>().ShouldContain("会员卡");
        Str(problem, "title").ShouldContain("微信");
    }
}
