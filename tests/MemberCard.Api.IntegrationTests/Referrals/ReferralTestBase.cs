namespace MemberCard.Api.IntegrationTests.Referrals;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>
/// Referrals through HTTP: members apply at a branch naming a code, buy and return at the till; what the API
/// does not show (the referral row, the member's pending mark, ledger kinds) is read with SQL.
/// </summary>
public abstract class ReferralTestBase(MemberCardApiFactory factory) : TillTestBase(factory)
{
    protected const string BranchApplications = "/api/v1/branch/card-applications";
    protected const string SettingsRoute = "/api/v1/hq/referral-settings";

    protected static object ApplicationWithCode(string phone, string? referralCode, string name = "李四") =>
        new { name, gender = "Male", birthDate = OrdinaryBirthDate, phone, referralCode };

    protected static Task<HttpResponseMessage> ApplyWithCodeAsync(TestBranch branch, string phone, string? referralCode) =>
        branch.Client.PostAsJsonAsync(BranchApplications, ApplicationWithCode(phone, referralCode));

    /// <summary>Applies at the branch naming <paramref name="referralCode"/> and activates the card.</summary>
    protected async Task<TillMember> ReferredMemberAsync(TestBranch branch, string phone, string referralCode)
    {
        var response = await ApplyWithCodeAsync(branch, phone, referralCode);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(response);
        var member = new TillMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), phone);
        await ActivateAtBranchAsync(branch, member.CardNumber);
        return member;
    }

    protected async Task<string> CodeOfAsync(TillMember member) =>
        await ScalarAsync<string>("SELECT referral_code FROM membercard.members WHERE id = @id", ("id", member.MemberId));

    /// <summary>The referral of <paramref name="referee"/> as "status|reason|referrer points|referee points|shortfalls".</summary>
    protected async Task<string> ReferralOfAsync(TillMember referee) =>
        await ScalarAsync<string>(
            """
            SELECT status || '|' || coalesce(refusal_reason, '-') || '|' || referrer_points || '|' || referee_points
                   || '|' || referrer_shortfall || '|' || referee_shortfall
            FROM membercard.referrals WHERE referee_id = @id
            """,
            ("id", referee.MemberId));

    protected async Task<bool> IsAwaitingRewardAsync(TillMember member) =>
        await ScalarAsync<bool>("SELECT pending_referral_id IS NOT NULL FROM membercard.members WHERE id = @id", ("id", member.MemberId));

    protected async Task<long> GiftPointsOfAsync(TillMember member) =>
        await ScalarAsync<long>(
            "SELECT coalesce(sum(points), 0) FROM membercard.points_ledger WHERE member_id = @id AND kind = 'Gift' AND reason = 'referral'",
            ("id", member.MemberId));

    protected async Task SetReferralSettingsAsync(long referrerPoints = 200, long refereePoints = 100, int monthlyCap = 20, int returnWindowDays = 30)
    {
        var put = await HeadOffice().PutAsJsonAsync(SettingsRoute, new { referrerPoints, refereePoints, monthlyCap, returnWindowDays });
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
    }

    protected static async Task<JsonObject> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    /// <summary>A regular-price basket of <paramref name="yuan"/>, one line.</summary>
    protected static TillLine[] Basket(decimal yuan) => [TillLine.Regular("TEA", 1, yuan)];
}
