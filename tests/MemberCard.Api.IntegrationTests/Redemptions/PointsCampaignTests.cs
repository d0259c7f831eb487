namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Head-office earning campaigns: a multiplier for dates, branches and categories, applied at the till.</summary>
public sealed class PointsCampaignTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task CreateCampaign_WhenValid_Returns201AndHeadOfficeListsIt()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await CreateCampaignAsync(new
        {
            name = "食品三倍积分",
            multiplier = 3m,
            startsOn = Iso(Today),
            endsOn = Iso(Today.AddDays(7)),
            branchIds = new[] { branch.Id },
            categories = new[] { "food" },
        });

        var campaign = await CreatedAsync(response);
        campaign["multiplier"]!.GetValue<decimal>().ShouldBe(3m);
        campaign["startsOn"]!.GetValue<string>().ShouldBe(Iso(Today));
        campaign["endsOn"]!.GetValue<string>().ShouldBe(Iso(Today.AddDays(7)));
        campaign["branchIds"]!.AsArray().Select(b => b!.GetValue<string>()).ShouldBe([branch.Id.ToString()]);
        campaign["categories"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["food"]);
        var listed = (await HeadOffice().GetFromJsonAsync<JsonArray>("/api/v1/hq/campaigns"))!;
        listed.Select(c => c!["id"]!.GetValue<string>()).ShouldBe([campaign["id"]!.GetValue<string>()]);
    }

    [Fact]
    public async Task Quote_WhenFoodCampaignRunsAtTheCallingBranchToday_EarnsTripleOnFoodLinesOnly()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var elsewhere = await OpenBranchAsync("SZ002", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await CreatedAsync(await CreateCampaignAsync(new
        {
            name = "食品三倍积分",
            multiplier = 3m,
            startsOn = Iso(Today),
            endsOn = Iso(Today),
            branchIds = new[] { branch.Id },
            categories = new[] { "food" },
        }));
        var basket = new
        {
            code = member.CardNumber,
            lines = new object[]
            {
                new { sku = "RICE-5KG", category = "food", quantity = 1m, unitPrice = 100m },
                new { sku = "SOAP", category = "household", quantity = 1m, unitPrice = 50m },
            },
        };

        var here = await branch.Client.PostAsJsonAsync("/api/v1/branch/checkout/quote", basket);
        var there = await elsewhere.Client.PostAsJsonAsync("/api/v1/branch/checkout/quote", basket);

        here.StatusCode.ShouldBe(HttpStatusCode.OK, await here.Content.ReadAsStringAsync());
        var quote = await ReadJsonAsync(here);
        quote["pointsToEarn"]!.GetValue<long>().ShouldBe(350);
        quote["lines"]!.AsArray().Select(l => l!["pointsMultiplier"]!.GetValue<decimal>()).ShouldBe([3m, 1m]);
        there.StatusCode.ShouldBe(HttpStatusCode.OK, await there.Content.ReadAsStringAsync());
        (await ReadJsonAsync(there))["pointsToEarn"]!.GetValue<long>().ShouldBe(150);
        var receipt = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo = "R-0001", basket.code, basket.lines }));
        receipt["pointsEarned"]!.GetValue<long>().ShouldBe(350);
        (await BalanceOfAsync(member)).ShouldBe(350);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Quote_WhenCampaignIsNotRunningToday_EarnsTheNormalRate()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await CreatedAsync(await CreateCampaignAsync(new
        {
            name = "下周双倍",
            multiplier = 2m,
            startsOn = Iso(Today.AddDays(1)),
            endsOn = Iso(Today.AddDays(7)),
        }));

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/checkout/quote", new
        {
            code = member.CardNumber,
            lines = new[] { new { sku = "RICE-5KG", category = "food", quantity = 1m, unitPrice = 100m } },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["pointsToEarn"]!.GetValue<long>().ShouldBe(100);
    }

    [Fact]
    public async Task CreateCampaign_WhenDatesReversed_Returns400NamingEndsOnAndWritesNothing()
    {
        var before = await SnapshotDatabaseAsync();

        var response = await CreateCampaignAsync(new { name = "倒置", multiplier = 2m, startsOn = Iso(Today), endsOn = Iso(Today.AddDays(-1)) });

        await response.ShouldBeValidationProblemAsync("endsOn");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task CreateCampaign_WhenBranchUnknown_Returns400NamingBranchIdsAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await CreateCampaignAsync(new
        {
            name = "未知门店",
            multiplier = 2m,
            startsOn = Iso(Today),
            endsOn = Iso(Today),
            branchIds = new[] { branch.Id, Guid.NewGuid() },
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "branch.not_found", "branchIds");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task CreateCampaign_WhenMultiplierOutOfRange_Returns400NamingMultiplier(int multiplier)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await CreateCampaignAsync(new { name = "倍数", multiplier = (decimal)multiplier, startsOn = Iso(Today), endsOn = Iso(Today) });

        await response.ShouldBeValidationProblemAsync("multiplier");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    private Task<HttpResponseMessage> CreateCampaignAsync(object body) => HeadOffice().PostAsJsonAsync("/api/v1/hq/campaigns", body);
}
