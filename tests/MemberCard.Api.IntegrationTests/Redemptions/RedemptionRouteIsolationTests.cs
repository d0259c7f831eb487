namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Who may call the points routes: the catalogue, campaigns and corrections are head office's; the counter is a branch's.</summary>
public sealed class RedemptionRouteIsolationTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task HeadOfficePointsRoutes_WhenCalledWithABranchKey_Return403AndChangeNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await PurchaseAsync(branch, member, 100);
        var gift = await CreateGiftAsync();
        var before = await SnapshotDatabaseAsync();

        var responses = new[]
        {
            await branch.Client.GetAsync("/api/v1/hq/gifts"),
            await branch.Client.PostAsJsonAsync("/api/v1/hq/gifts", new { name = "伞", pointsPrice = 100, stock = 1 }),
            await branch.Client.PutAsJsonAsync($"/api/v1/hq/gifts/{gift}", new { name = "伞", pointsPrice = 1, stock = 999 }),
            await branch.Client.GetAsync("/api/v1/hq/campaigns"),
            await branch.Client.PostAsJsonAsync("/api/v1/hq/campaigns", new { name = "自封活动", multiplier = 10m, startsOn = Iso(Today), endsOn = Iso(Today) }),
            await branch.Client.PostAsJsonAsync($"/api/v1/hq/members/{member.MemberId}/points/adjustments", new { points = 100_000, reason = "自己加分" }),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task CounterAndHeadOfficeRoutes_WhenCalledByAShopper_Return403AndChangeNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "sneaky-shopper", "13800138001");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync();
        var before = await SnapshotDatabaseAsync();

        var responses = new[]
        {
            await shopper.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.CardNumber, giftId = gift, reference = "x-1" }),
            await shopper.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.CardNumber, points = 100, reference = "x-2" }),
            await shopper.PostAsJsonAsync("/api/v1/hq/gifts", new { name = "伞", pointsPrice = 100, stock = 1 }),
            await shopper.PostAsJsonAsync($"/api/v1/hq/members/{member.MemberId}/points/adjustments", new { points = 100_000, reason = "自己加分" }),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task ShopperPointsRoutes_WhenCalledWithABranchKey_Return403()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var gift = await CreateGiftAsync();
        var before = await SnapshotDatabaseAsync();

        var responses = new[]
        {
            await branch.Client.GetAsync("/api/v1/me/gifts"),
            await branch.Client.GetAsync("/api/v1/me/points/lots"),
            await branch.Client.GetAsync("/api/v1/me/points/ledger"),
            await branch.Client.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "x-1" }),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        }

        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task PointsRoutes_WhenCalledAnonymously_Return401()
    {
        var anonymous = Anonymous();

        var responses = new[]
        {
            await anonymous.GetAsync("/api/v1/me/gifts"),
            await anonymous.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = Guid.NewGuid() }),
            await anonymous.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = "13800138000", points = 100 }),
            await anonymous.GetAsync("/api/v1/hq/gifts"),
            await anonymous.PostAsJsonAsync($"/api/v1/hq/members/{Guid.NewGuid()}/points/adjustments", new { points = 1, reason = "x" }),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        }
    }

    [Fact]
    public async Task BranchRedemption_WhenAnotherBranchUsesTheSameReference_IsItsOwnRedemptionNotAReplay()
    {
        var home = await OpenBranchAsync("SZ001", "755");
        var other = await OpenBranchAsync("GZ001", "020");
        var member = await NewMemberAsync(home, "13800138000");
        await EarnSpendableAsync(home, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 10);
        var atHome = await CreatedAsync(await RedeemAtCounterAsync(home, member, gift, "POS-0001"));

        var atOther = await CreatedAsync(await RedeemAtCounterAsync(other, member, gift, "POS-0001"));

        atOther["redemptionId"]!.GetValue<string>().ShouldNotBe(atHome["redemptionId"]!.GetValue<string>());
        atOther["pointsBalance"]!.GetValue<long>().ShouldBe(300);
        (await ScalarAsync<long>("SELECT count(DISTINCT branch_id) FROM membercard.redemptions")).ShouldBe(2);
        (await StockOfAsync(gift)).ShouldBe(8);
        await AssertPointsBooksBalanceAsync();
    }
}
