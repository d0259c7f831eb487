namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Head office keeps the gift catalogue; shoppers see only what can be redeemed today.</summary>
public sealed class GiftCatalogueTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task CreateGift_WhenValid_Returns201AndHeadOfficeListsIt()
    {
        var from = Today;
        var to = Today.AddDays(30);

        var response = await CreateGiftResponseAsync("  保温杯  ", 1_500, 20, from, to);

        var gift = await CreatedAsync(response);
        var id = gift["id"]!.GetValue<string>();
        response.Headers.Location!.ToString().ShouldBe("/api/v1/hq/gifts/" + id);
        gift["name"]!.GetValue<string>().ShouldBe("保温杯");
        gift["pointsPrice"]!.GetValue<long>().ShouldBe(1_500);
        gift["stock"]!.GetValue<int>().ShouldBe(20);
        gift["activeFrom"]!.GetValue<string>().ShouldBe(Iso(from));
        gift["activeTo"]!.GetValue<string>().ShouldBe(Iso(to));
        var listed = (await HeadOffice().GetFromJsonAsync<JsonArray>("/api/v1/hq/gifts"))!;
        listed.Count.ShouldBe(1);
        listed[0]!["id"]!.GetValue<string>().ShouldBe(id);
        (await ScalarAsync<string>("SELECT name || '|' || points_price || '|' || stock FROM membercard.gifts")).ShouldBe("保温杯|1500|20");
    }

    [Theory]
    [InlineData("name missing", "name")]
    [InlineData("name blank", "name")]
    [InlineData("name too long", "name")]
    [InlineData("price missing", "pointsPrice")]
    [InlineData("price zero", "pointsPrice")]
    [InlineData("price negative", "pointsPrice")]
    [InlineData("stock missing", "stock")]
    [InlineData("stock negative", "stock")]
    [InlineData("dates reversed", "activeTo")]
    public async Task CreateGift_WhenFieldInvalid_Returns400NamingFieldAndWritesNothing(string invalid, string field)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsJsonAsync("/api/v1/hq/gifts", InvalidGift(invalid));

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task CreateGift_WhenPriceIsNotANumber_Returns400BodyInvalidNamingPointsPrice()
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsync("/api/v1/hq/gifts",
            new StringContent("""{"name":"伞","pointsPrice":"lots","stock":1}""", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeUnreadableBodyAsync("pointsPrice");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task UpdateGift_WhenValid_ReplacesNamePriceStockAndDates()
    {
        var id = await CreateGiftAsync("保温杯", 100, 10, Today, Today.AddDays(5));

        var response = await HeadOffice().PutAsJsonAsync($"/api/v1/hq/gifts/{id}", new { name = "雨伞", pointsPrice = 250, stock = 3 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var gift = await ReadJsonAsync(response);
        gift["id"]!.GetValue<string>().ShouldBe(id.ToString());
        gift["name"]!.GetValue<string>().ShouldBe("雨伞");
        gift["pointsPrice"]!.GetValue<long>().ShouldBe(250);
        gift["stock"]!.GetValue<int>().ShouldBe(3);
        gift["activeFrom"].ShouldBeNull();
        gift["activeTo"].ShouldBeNull();
        (await ScalarAsync<string>("SELECT name || '|' || points_price || '|' || stock || '|' || (active_from IS NULL AND active_to IS NULL) FROM membercard.gifts"))
            .ShouldBe("雨伞|250|3|true");
    }

    [Theory]
    [InlineData("price zero", "pointsPrice")]
    [InlineData("stock negative", "stock")]
    [InlineData("dates reversed", "activeTo")]
    [InlineData("name too long", "name")]
    public async Task UpdateGift_WhenFieldInvalid_Returns400AndLeavesGiftUnchanged(string invalid, string field)
    {
        var id = await CreateGiftAsync("保温杯", 100, 10);
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsJsonAsync($"/api/v1/hq/gifts/{id}", InvalidGift(invalid));

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task UpdateGift_WhenGiftUnknown_Returns404AndWritesNothing()
    {
        await CreateGiftAsync();
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PutAsJsonAsync($"/api/v1/hq/gifts/{Guid.NewGuid()}", new { name = "雨伞", pointsPrice = 250, stock = 3 });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "gift.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task ShopperCatalogue_WhenGiftsVary_ListsOnlyThoseActiveTodayWithStock()
    {
        var shopper = await ShopperAsync("catalogue-shopper");
        var always = await CreateGiftAsync("常年礼品", 300, 5);
        var onlyToday = await CreateGiftAsync("今日礼品", 200, 1, Today, Today);
        await CreateGiftAsync("售罄礼品", 100, 0);
        await CreateGiftAsync("未开始礼品", 100, 5, Today.AddDays(1));
        await CreateGiftAsync("已结束礼品", 100, 5, Today.AddDays(-10), Today.AddDays(-1));

        var catalogue = await shopper.GetAsync("/api/v1/me/gifts");

        catalogue.StatusCode.ShouldBe(HttpStatusCode.OK, await catalogue.Content.ReadAsStringAsync());
        var ids = JsonNode.Parse(await catalogue.Content.ReadAsStringAsync())!.AsArray().Select(g => Guid.Parse(g!["id"]!.GetValue<string>())).ToList();
        ids.ShouldBe([onlyToday, always]);
        (await HeadOffice().GetFromJsonAsync<JsonArray>("/api/v1/hq/gifts"))!.Count.ShouldBe(5);
    }

    private object InvalidGift(string invalid) => invalid switch
    {
        "name missing" => new { pointsPrice = 100, stock = 1 },
        "name blank" => new { name = "   ", pointsPrice = 100, stock = 1 },
        "name too long" => new { name = new string('礼', 101), pointsPrice = 100, stock = 1 },
        "price missing" => new { name = "伞", stock = 1 },
        "price zero" => new { name = "伞", pointsPrice = 0, stock = 1 },
        "price negative" => new { name = "伞", pointsPrice = -5, stock = 1 },
        "stock missing" => new { name = "伞", pointsPrice = 100 },
        "stock negative" => new { name = "伞", pointsPrice = 100, stock = -1 },
        "dates reversed" => new { name = "伞", pointsPrice = 100, stock = 1, activeFrom = Iso(Today), activeTo = Iso(Today.AddDays(-1)) },
        _ => throw new ArgumentOutOfRangeException(nameof(invalid), invalid, "unknown case"),
    };
}
