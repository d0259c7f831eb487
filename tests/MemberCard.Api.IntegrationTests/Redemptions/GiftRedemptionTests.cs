namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Catalogue gifts redeemed at a branch counter or in the mini-program, with the points earned at a real till.</summary>
public sealed class GiftRedemptionTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task BranchRedemption_WhenPointsSpendable_Returns201ReceiptAndTakesStockAndPoints()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 10);

        var response = await RedeemAtCounterAsync(branch, member, gift, "POS-0001", quantity: 2);

        var receipt = await CreatedAsync(response);
        receipt["redemptionId"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        receipt["kind"]!.GetValue<string>().ShouldBe("Gift");
        receipt["giftId"]!.GetValue<string>().ShouldBe(gift.ToString());
        receipt["quantity"]!.GetValue<int>().ShouldBe(2);
        receipt["points"]!.GetValue<long>().ShouldBe(200);
        receipt["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        receipt["reference"]!.GetValue<string>().ShouldBe("POS-0001");
        receipt["pointsBalance"]!.GetValue<long>().ShouldBe(300);
        (await StockOfAsync(gift)).ShouldBe(8);
        (await BalanceOfAsync(member)).ShouldBe(300);
        (await LedgerKindsAsync(member)).ShouldBe(["Earn", "Redeem"]);
        (await ScalarAsync<string>("SELECT points || '|' || balance_after || '|' || card_number || '|' || branch_id FROM membercard.points_ledger WHERE kind = 'Redeem'"))
            .ShouldBe($"-200|300|{member.CardNumber}|{branch.Id}");
        (await ScalarAsync<string>("SELECT kind || '|' || quantity || '|' || points || '|' || branch_id FROM membercard.redemptions"))
            .ShouldBe($"Gift|2|200|{branch.Id}");
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task ShopperRedemption_WhenPointsSpendable_Returns201AndSpendsOwnPoints()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "redeeming-shopper", "13800138001");
        await EarnSpendableAsync(branch, member, 400);
        var gift = await CreateGiftAsync(pointsPrice: 150, stock: 3);

        var response = await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, quantity = 1, reference = "app-1" });

        var receipt = await CreatedAsync(response);
        receipt["kind"]!.GetValue<string>().ShouldBe("Gift");
        receipt["points"]!.GetValue<long>().ShouldBe(150);
        receipt["pointsBalance"]!.GetValue<long>().ShouldBe(250);
        receipt["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        (await StockOfAsync(gift)).ShouldBe(2);
        (await LedgerKindsAsync(member)).ShouldBe(["Earn", "Redeem"]);
        (await ScalarAsync<bool>("SELECT branch_id IS NULL FROM membercard.redemptions")).ShouldBeTrue();
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenPointsWereEarnedToday_Returns409PointsInsufficientAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "same-day-shopper", "13800138002");
        (await PurchaseAsync(branch, member, 500))["pointsEarned"]!.GetValue<long>().ShouldBe(500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 10);
        var before = await SnapshotDatabaseAsync();

        var atCounter = await RedeemAtCounterAsync(branch, member, gift, "POS-0001");
        var online = await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "app-1" });

        await atCounter.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        await online.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenOlderAndNewerLotsAreOpen_ConsumesTheLotExpiringFirst()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        var firstDay = Today;
        await EarnSpendableAsync(branch, member, 100);
        await EarnSpendableAsync(branch, member, 200);
        var gift = await CreateGiftAsync(pointsPrice: 150, stock: 10);

        await CreatedAsync(await RedeemAtCounterAsync(branch, member, gift, "POS-0001"));

        (await ScalarAsync<string>("SELECT string_agg(credited_on::text || ':' || remaining, ',' ORDER BY expires_on) FROM membercard.points_lots"))
            .ShouldBe($"{Iso(firstDay)}:0,{Iso(firstDay.AddDays(1))}:150");
        (await BalanceOfAsync(member)).ShouldBe(150);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenReferenceRepeated_ReturnsTheSameRedemptionAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "retrying-shopper", "13800138003");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 10);
        var first = await CreatedAsync(await RedeemAtCounterAsync(branch, member, gift, "POS-0001"));
        var firstOnline = await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "app-1" }));
        var before = await SnapshotDatabaseAsync();

        var again = await CreatedAsync(await RedeemAtCounterAsync(branch, member, gift, "POS-0001"));
        var againOnline = await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "app-1" }));

        again["redemptionId"]!.GetValue<string>().ShouldBe(first["redemptionId"]!.GetValue<string>());
        again["points"]!.GetValue<long>().ShouldBe(100);
        againOnline["redemptionId"]!.GetValue<string>().ShouldBe(firstOnline["redemptionId"]!.GetValue<string>());
        againOnline["pointsBalance"]!.GetValue<long>().ShouldBe(300);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await StockOfAsync(gift)).ShouldBe(8);
        (await LedgerKindsAsync(member)).ShouldBe(["Earn", "Redeem", "Redeem"]);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenReferenceReusedForAnotherGiftQuantityOrMember_Returns409ReferenceConflictAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        var neighbour = await NewMemberAsync(branch, "13800138009");
        await PurchaseAsync(branch, neighbour, 500);
        await EarnSpendableAsync(branch, member, 500);
        var cup = await CreateGiftAsync("保温杯", pointsPrice: 100, stock: 10);
        var umbrella = await CreateGiftAsync("雨伞", pointsPrice: 120, stock: 10);
        await CreatedAsync(await RedeemAtCounterAsync(branch, member, cup, "POS-0001"));
        var before = await SnapshotDatabaseAsync();

        var otherGift = await RedeemAtCounterAsync(branch, member, umbrella, "POS-0001");
        var otherQuantity = await RedeemAtCounterAsync(branch, member, cup, "POS-0001", quantity: 2);
        var asPayment = await PayAtCounterAsync(branch, member, 100, "POS-0001");
        var otherMember = await RedeemAtCounterAsync(branch, neighbour, cup, "POS-0001");

        await otherGift.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption.reference_conflict");
        await otherQuantity.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption.reference_conflict");
        await asPayment.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption.reference_conflict");
        await otherMember.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption.reference_conflict");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenOutOfStock_Returns409OutOfStockAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var lastOne = await CreateGiftAsync("最后一个", pointsPrice: 100, stock: 1);
        var soldOut = await CreateGiftAsync("售罄", pointsPrice: 100, stock: 0);
        var before = await SnapshotDatabaseAsync();

        var moreThanLeft = await RedeemAtCounterAsync(branch, member, lastOne, "POS-0001", quantity: 2);
        var noneLeft = await RedeemAtCounterAsync(branch, member, soldOut, "POS-0002");

        await moreThanLeft.ShouldBeProblemAsync(HttpStatusCode.Conflict, "gift.out_of_stock");
        await noneLeft.ShouldBeProblemAsync(HttpStatusCode.Conflict, "gift.out_of_stock");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenGiftOutsideItsActiveDates_Returns409NotActiveAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var notYet = await CreateGiftAsync("新年礼品", pointsPrice: 100, stock: 5, activeFrom: Today.AddDays(1));
        var over = await CreateGiftAsync("中秋礼品", pointsPrice: 100, stock: 5, activeFrom: Today.AddDays(-30), activeTo: Today.AddDays(-1));
        var before = await SnapshotDatabaseAsync();

        var early = await RedeemAtCounterAsync(branch, member, notYet, "POS-0001");
        var late = await RedeemAtCounterAsync(branch, member, over, "POS-0002");

        await early.ShouldBeProblemAsync(HttpStatusCode.Conflict, "gift.not_active");
        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict, "gift.not_active");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenOutsideTheRedemptionMonths_Returns409WindowClosedAndIsAllowedInAWindowMonth()
    {
        Factory.Clock.SetChinaDate(new DateOnly(2026, 11, 10));
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        await ExecuteAsync("UPDATE membercard.programme_settings SET redemption_months = '{3,8}'");
        var before = await SnapshotDatabaseAsync();

        var november = await RedeemAtCounterAsync(branch, member, gift, "POS-0001");

        await november.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption.window_closed");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        Factory.Clock.SetChinaDate(new DateOnly(2027, 3, 1));
        var march = await CreatedAsync(await RedeemAtCounterAsync(branch, member, gift, "POS-0001"));
        march["pointsBalance"]!.GetValue<long>().ShouldBe(400);
        (await StockOfAsync(gift)).ShouldBe(4);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenCardIsFrozen_Returns409CardNotActiveAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "frozen-shopper", "13800138004");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        (await shopper.PostAsync("/api/v1/me/card/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await SnapshotDatabaseAsync();

        var byCard = await RedeemAtCounterAsync(branch, member, gift, "POS-0001");
        var byPhone = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.Phone, giftId = gift, reference = "POS-0002" });
        var online = await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "app-1" });

        await byCard.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.not_active");
        await byPhone.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.not_active");
        await online.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.not_active");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenCardWasReplaced_RefusesTheOldNumberAndSpendsTheKeptPointsOnTheNewOne()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        (await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reissued = await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/reissue", null);
        reissued.StatusCode.ShouldBe(HttpStatusCode.OK, await reissued.Content.ReadAsStringAsync());
        var replacementCard = await ReadJsonAsync(reissued);
        replacementCard["status"]!.GetValue<string>().ShouldBe("Active");
        var replacement = member with { CardNumber = replacementCard["cardNumber"]!.GetValue<string>() };
        var before = await SnapshotDatabaseAsync();

        var oldCard = await RedeemAtCounterAsync(branch, member, gift, "POS-0001");

        await oldCard.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.not_active");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        var newCard = await CreatedAsync(await RedeemAtCounterAsync(branch, replacement, gift, "POS-0002"));
        newCard["cardNumber"]!.GetValue<string>().ShouldBe(replacement.CardNumber);
        newCard["pointsBalance"]!.GetValue<long>().ShouldBe(400);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task ShopperRedemption_WhenShopperHasNoCard_Returns404AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await NewMemberAsync(branch, "13800138000");
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        var stranger = await ShopperAsync("no-card-shopper");
        var before = await SnapshotDatabaseAsync();

        var response = await stranger.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = gift, reference = "app-1" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Redemption_WhenMorePointsThanHeld_Returns409PointsInsufficientAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "short-shopper", "13800138005");
        await EarnSpendableAsync(branch, member, 500);
        var dear = await CreateGiftAsync("按摩椅", pointsPrice: 501, stock: 5);
        var cheap = await CreateGiftAsync("纸巾", pointsPrice: 100, stock: 10);
        var before = await SnapshotDatabaseAsync();

        var tooDear = await RedeemAtCounterAsync(branch, member, dear, "POS-0001");
        var tooMany = await RedeemAtCounterAsync(branch, member, cheap, "POS-0002", quantity: 6);
        var online = await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { giftId = dear, reference = "app-1" });

        await tooDear.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        await online.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await StockOfAsync(cheap)).ShouldBe(10);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task BranchRedemption_WhenGiftOrCardUnknown_Returns404AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        var before = await SnapshotDatabaseAsync();

        var unknownGift = await RedeemAtCounterAsync(branch, member, Guid.NewGuid(), "POS-0001");
        var unknownCard = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = "13900000000", giftId = gift, reference = "POS-0002" });

        await unknownGift.ShouldBeProblemAsync(HttpStatusCode.NotFound, "gift.not_found");
        await unknownCard.ShouldBeProblemAsync(HttpStatusCode.NotFound, "card.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Theory]
    [InlineData("quantity zero", "quantity")]
    [InlineData("quantity too large", "quantity")]
    [InlineData("reference too long", "reference")]
    public async Task BranchRedemption_WhenFieldInvalid_Returns400NamingFieldAndChangesNothing(string invalid, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 1, stock: 500);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", invalid switch
        {
            "quantity zero" => new { code = member.CardNumber, giftId = gift, quantity = 0, reference = "POS-0001" },
            "quantity too large" => new { code = member.CardNumber, giftId = gift, quantity = 101, reference = "POS-0001" },
            _ => new { code = member.CardNumber, giftId = gift, quantity = 1, reference = new string('R', 65) },
        });

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task BranchRedemption_WhenNoCodeScanned_Returns400NamingCode()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { giftId = gift, reference = "POS-0001" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "redemption.code_required", "code");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
