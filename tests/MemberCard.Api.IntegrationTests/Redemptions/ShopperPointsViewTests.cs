namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>What the shopper sees of their points: balance, what is spendable today, expiry groups and the history.</summary>
public sealed class ShopperPointsViewTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task MyLots_WhenPointsEarnedOnTwoDays_ShowBalanceSpendableTodayAndExpiryGroups()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "viewing-shopper", "13800138001");
        var firstDay = Today;
        await EarnSpendableAsync(branch, member, 120);
        await PurchaseAsync(branch, member, 80);

        var lots = await GetOkAsync(shopper, "/api/v1/me/points/lots");

        lots["balance"]!.GetValue<long>().ShouldBe(200);
        lots["spendableToday"]!.GetValue<long>().ShouldBe(120);
        ShouldBeExpiryGroups(lots["expiring"]!.AsArray(), (firstDay.AddMonths(24), 120), (firstDay.AddDays(1).AddMonths(24), 80));
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task MyCard_WhenPointsEarned_IncludesSpendablePointsAndExpiryGroups()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "card-shopper", "13800138002");
        var firstDay = Today;
        await EarnSpendableAsync(branch, member, 300);
        await PurchaseAsync(branch, member, 50);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        await CreatedAsync(await RedeemAtCounterAsync(branch, member, gift, "POS-0001"));

        var card = await GetOkAsync(shopper, "/api/v1/me/card");

        card["pointsBalance"]!.GetValue<long>().ShouldBe(250);
        card["spendablePoints"]!.GetValue<long>().ShouldBe(200);
        ShouldBeExpiryGroups(card["expiring"]!.AsArray(), (firstDay.AddMonths(24), 200), (firstDay.AddDays(1).AddMonths(24), 50));
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task MyLedger_WhenSeveralEntries_PagesThemNewestFirst()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "ledger-shopper", "13800138003");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "app-1" }));
        await CreatedAsync(await PayAtCounterAsync(branch, member, 150, "PAY-0001"));

        var first = await GetOkAsync(shopper, "/api/v1/me/points/ledger?page=1&pageSize=2");
        var second = await GetOkAsync(shopper, "/api/v1/me/points/ledger?page=2&pageSize=2");

        first["totalCount"]!.GetValue<int>().ShouldBe(3);
        first["page"]!.GetValue<int>().ShouldBe(1);
        first["pageSize"]!.GetValue<int>().ShouldBe(2);
        Entries(first).ShouldBe(["Payment:-150:250", "Redeem:-100:400"]);
        Entries(second).ShouldBe(["Earn:500:500"]);
        first["items"]![0]!["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        await AssertPointsBooksBalanceAsync();
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task MyLedger_WhenPagingOutOfRange_Returns400NamingTheParameter(string query, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, _) = await NewShopperMemberAsync(branch, "paging-shopper", "13800138004");

        var response = await shopper.GetAsync("/api/v1/me/points/ledger?" + query);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task MyPointsViews_WhenShopperHasNoCard_Return404()
    {
        var stranger = await ShopperAsync("no-card-viewer");

        var lots = await stranger.GetAsync("/api/v1/me/points/lots");
        var ledger = await stranger.GetAsync("/api/v1/me/points/ledger");

        await lots.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        await ledger.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
    }

    private static List<string> Entries(JsonObject page) =>
        page["items"]!.AsArray()
            .Select(e => $"{e!["kind"]!.GetValue<string>()}:{e["points"]!.GetValue<long>()}:{e["balanceAfter"]!.GetValue<long>()}")
            .ToList();

    private static void ShouldBeExpiryGroups(JsonArray expiring, params (DateOnly ExpiresOn, long Points)[] expected)
    {
        expiring.Count.ShouldBe(expected.Length, expiring.ToJsonString());
        for (var i = 0; i < expected.Length; i++)
        {
            var (expiresOn, points) = expected[i];
            expiring[i]!["expiresOn"]!.GetValue<string>().ShouldBe(Iso(expiresOn));
            expiring[i]!["points"]!.GetValue<long>().ShouldBe(points);
            expiring[i]!["message"]!.GetValue<string>().ShouldBe($"{points} points expire on {Iso(expiresOn)}");
        }
    }

    private static async Task<JsonObject> GetOkAsync(HttpClient client, string route)
    {
        var response = await client.GetAsync(route);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }
}
