namespace MemberCard.Api.IntegrationTests.Referrals;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Codes, applications naming them, and the abuse rules (self-referral, monthly cap).</summary>
public sealed class ReferralApplicationTests(MemberCardApiFactory factory) : ReferralTestBase(factory)
{
    [Fact]
    public async Task Apply_WhenMemberJoins_GivesThemAUniqueEightCharacterCodeWithoutLookAlikes()
    {
        var branch = await OpenBranchAsync("SHA01", "021");

        var first = await ActiveMemberAsync(branch, "13800000001");
        var second = await ActiveMemberAsync(branch, "13800000002");

        var codes = new[] { await CodeOfAsync(first), await CodeOfAsync(second) };
        codes.ShouldAllBe(c => c.Length == 8 && c.All(ch => "23456789ABCDEFGHJKMNPQRSTUVWXYZ".Contains(ch)));
        codes.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task Apply_WhenNamingAMembersCode_RecordsAPendingReferralAndMarksTheNewMember()
    {
        var home = await OpenBranchAsync("SHA01", "021");
        var other = await OpenBranchAsync("BJS01", "010");
        var referrer = await ActiveMemberAsync(home, "13800000001");

        var referee = await ReferredMemberAsync(other, "13900000001", (await CodeOfAsync(referrer)).ToLowerInvariant());

        (await ReferralOfAsync(referee)).ShouldBe("Pending|-|0|0|0|0");
        (await IsAwaitingRewardAsync(referee)).ShouldBeTrue();
        (await ScalarAsync<Guid>("SELECT branch_id FROM membercard.referrals")).ShouldBe(other.Id);
        (await ScalarAsync<Guid>("SELECT referrer_id FROM membercard.referrals")).ShouldBe(referrer.MemberId);
    }

    [Fact]
    public async Task Apply_WhenOnlineNamingACode_RecordsTheReferralForTheOnlineChannel()
    {
        var home = await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var referrer = await ActiveMemberAsync(home, "13800000001");
        var shopper = await ShopperAsync("o_referee");

        var response = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13900000001", await CodeOfAsync(referrer)));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await ScalarAsync<string>("SELECT channel || '|' || status FROM membercard.referrals")).ShouldBe("Online|Pending");
    }

    [Fact]
    public async Task Apply_WhenCodeIsUnknown_Returns400OnReferralCodeAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyWithCodeAsync(branch, "13900000001", "ZZZZ2222");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "referral.code_unknown", "referralCode");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData("ABCDEFGHJ")]
    [InlineData("ABCD0O1I")]
    [InlineData("ABCD-EFG")]
    public async Task Apply_WhenCodeIsMalformed_Returns400OnReferralCodeAndWritesNothing(string code)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyWithCodeAsync(branch, "13900000001", code);

        await response.ShouldBeValidationProblemAsync("referralCode");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Apply_WhenCodeOfAnExitedMember_Returns400AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var code = await CodeOfAsync(referrer);
        var exit = await branch.Client.PostAsJsonAsync($"/api/v1/branch/members/{referrer.MemberId}/exit", new { confirm = true, forfeitPoints = 0L });
        exit.StatusCode.ShouldBe(HttpStatusCode.OK, await exit.Content.ReadAsStringAsync());
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyWithCodeAsync(branch, "13900000001", code);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "referral.code_unknown", "referralCode");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Apply_WhenNamingOwnCodeWithOwnPhone_IsRejectedByTheReviewAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyWithCodeAsync(branch, referrer.Phone, await CodeOfAsync(referrer));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("review.phone_taken");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Apply_WhenOnlineFromTheReferrersOwnWeChat_IsRejectedByTheReviewAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var shopper = await ShopperAsync("o_same_person");
        var own = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13800000001", null));
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var code = (await GetOkAsync(shopper, "/api/v1/me/referral"))["code"]!.GetValue<string>();
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13900000002", code));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("review.wechat_taken");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Apply_WhenOnlineFromAnotherOpenIdOfTheReferrersUnionId_IsRejectedByTheReviewAndWritesNothing()
    {
        await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var referrer = await UnionShopperAsync("o_union_mini", "union-self-referral");
        var own = await referrer.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13800000001", null));
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var code = (await GetOkAsync(referrer, "/api/v1/me/referral"))["code"]!.GetValue<string>();
        var samePerson = await UnionShopperAsync("o_union_other_app", "union-self-referral");
        var before = await SnapshotDatabaseAsync();

        var response = await samePerson.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13900000002", code));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("review.wechat_taken");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Apply_WhenPhoneIsTheReferrersUnverifiedNewNumber_RecordsRefusedSelfReferralAndNoReward()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var shopper = await ShopperAsync("o_referrer");
        var own = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationWithCode("13800000001", null));
        own.StatusCode.ShouldBe(HttpStatusCode.Created, await own.Content.ReadAsStringAsync());
        var code = (await GetOkAsync(shopper, "/api/v1/me/referral"))["code"]!.GetValue<string>();
        var change = await shopper.PatchAsJsonAsync("/api/v1/me/profile", new { phone = "13900000009" });
        change.StatusCode.ShouldBe(HttpStatusCode.OK, await change.Content.ReadAsStringAsync());

        var referee = await ReferredMemberAsync(branch, "13900000009", code);
        await CommittedAsync(branch.Client, "R-0001", referee.CardNumber, Basket(100m));

        (await ReferralOfAsync(referee)).ShouldBe("Refused|self_referral|0|0|0|0");
        (await IsAwaitingRewardAsync(referee)).ShouldBeFalse();
        (await GiftPointsOfAsync(referee)).ShouldBe(0);
    }

    [Fact]
    public async Task Apply_WhenReferrerReachedTheMonthlyCap_RecordsRefusedAndAcceptsAgainNextMonth()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var code = await CodeOfAsync(referrer);
        await SetReferralSettingsAsync(monthlyCap: 2);

        var first = await ReferredMemberAsync(branch, "13900000001", code);
        var second = await ReferredMemberAsync(branch, "13900000002", code);
        var third = await ReferredMemberAsync(branch, "13900000003", code);
        PinChinaDate(Today.AddMonths(1));
        var nextMonth = await ReferredMemberAsync(branch, "13900000004", code);

        (await ReferralOfAsync(first)).ShouldStartWith("Pending|");
        (await ReferralOfAsync(second)).ShouldStartWith("Pending|");
        (await ReferralOfAsync(third)).ShouldBe("Refused|monthly_cap|0|0|0|0");
        (await IsAwaitingRewardAsync(third)).ShouldBeFalse();
        (await ReferralOfAsync(nextMonth)).ShouldStartWith("Pending|");
    }

    [Fact]
    public async Task Apply_WhenApplicationsRaceAtTheCap_AcceptsExactlyTheCap()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var referrer = await ActiveMemberAsync(branch, "13800000001");
        var code = await CodeOfAsync(referrer);
        await SetReferralSettingsAsync(monthlyCap: 3);

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => ApplyWithCodeAsync(branch, $"1390000000{i}", code)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await CountAsync("SELECT count(*) FROM membercard.referrals WHERE status = 'Pending'")).ShouldBe(3);
        (await CountAsync("SELECT count(*) FROM membercard.referrals WHERE status = 'Refused' AND refusal_reason = 'monthly_cap'")).ShouldBe(3);
    }

    /// <summary>A shopper signed in through WeChat's login with a unionid, as a real mini-program login carries.</summary>
    private async Task<HttpClient> UnionShopperAsync(string openId, string unionId)
    {
        var shopper = Anonymous();
        var login = await shopper.PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = Factory.WeChat.IssueLoginCode(openId, unionId) });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["accessToken"]!.GetValue<string>();
        shopper.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return shopper;
    }
}
