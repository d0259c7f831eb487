namespace MemberCard.Api.IntegrationTests.Referrals;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>The PIPL export carries the member's referral code and referrals, never the other member's data.</summary>
public sealed class ReferralExportTests(MemberCardApiFactory factory) : ReferralTestBase(factory)
{
    [Fact]
    public async Task Export_WhenMemberReferredSomeoneWhoBought_ListsTheReferralAsReferrerWithoutTheOtherMember()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync(branch.Code);
        var alice = await ShopperAsync("alice");
        var applied = await alice.PostAsJsonAsync("/api/v1/me/card-applications", Application("13800000001", "王芳"));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var code = (await GetOkAsync(alice, "/api/v1/me/referral"))["code"]!.GetValue<string>();
        var referee = await ReferredMemberAsync(branch, "13900000009", code);
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(50m));

        var response = await alice.GetAsync("/api/v1/me/export");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var export = await ReadJsonAsync(response);
        export["referralCode"]!.GetValue<string>().ShouldBe(code);
        var referral = export["referrals"]!.AsArray().ShouldHaveSingleItem()!;
        referral["role"]!.GetValue<string>().ShouldBe("Referrer");
        referral["status"]!.GetValue<string>().ShouldBe("Rewarded");
        referral["pointsRewarded"]!.GetValue<long>().ShouldBe(200);
        text.ShouldNotContain("13900000009");
        text.ShouldNotContain("李四");
        text.ShouldNotContain(referee.MemberId.ToString());
    }
}
