namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Staff find a member by phone as well as by card number. About one mobile number in ten also passes the
/// card number's check digit; such a phone must still find its member.
/// </summary>
public sealed class PhoneLookupTests(MemberCardApiFactory factory) : IsolationTestBase(factory)
{
    private const string PhoneThatPassesLuhn = "13700001111";

    [Fact]
    public async Task TillLookup_WhenThePhoneAlsoPassesTheCardCheckDigit_FindsTheCardByPhone()
    {
        var home = await OpenBranchAsync("SZB01", "755");
        var other = await OpenBranchAsync("SHA01", "021");
        var card = await ApplyOfflineAsync(home, PhoneThatPassesLuhn, "韩梅梅");

        var atHome = await home.Client.GetAsync("/api/v1/branch/cards/lookup?code=" + PhoneThatPassesLuhn);
        var elsewhere = await other.Client.GetAsync("/api/v1/branch/cards/lookup?code=" + PhoneThatPassesLuhn);

        foreach (var response in new[] { atHome, elsewhere })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            (await ReadJsonAsync(response))["cardNumber"]!.GetValue<string>().ShouldBe(card["cardNumber"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ListMembers_WhenSearchIsAFullPhoneThatPassesTheCardCheckDigit_FindsTheMember()
    {
        var home = await OpenBranchAsync("SZB01", "755");
        var card = await ApplyOfflineAsync(home, PhoneThatPassesLuhn, "韩梅梅");

        var found = await ReadJsonAsync(await home.Client.GetAsync("/api/v1/branch/members?search=" + PhoneThatPassesLuhn));

        found["totalCount"]!.GetValue<int>().ShouldBe(1, found.ToJsonString());
        found["items"]![0]!["id"]!.GetValue<string>().ShouldBe(card["memberId"]!.GetValue<string>());
    }
}
