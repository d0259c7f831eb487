namespace MemberCard.Api.IntegrationTests.Till;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>The quote: discounts, points to earn and points usable, by the numbers of the programme defaults.</summary>
public sealed class CheckoutQuoteTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    [Fact]
    public async Task Quote_WhenRegularMemberBuysRegularGoods_EarnsOnePointPerYuanAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var quote = await QuotedAsync(branch.Client, member.Phone, [TillLine.Regular("RICE-5KG", 2, 25.50m), TillLine.Regular("OIL-1L", 1, 49.00m)]);

        quote["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber, "a phone scan prices the member's card");
        quote["tier"]!.GetValue<string>().ShouldBe("Regular");
        quote["isBirthday"]!.GetValue<bool>().ShouldBeFalse();
        Money(quote["listAmount"]).ShouldBe(100.00m);
        Money(quote["discountAmount"]).ShouldBe(0m);
        Money(quote["netAmount"]).ShouldBe(100.00m);
        Money(quote["amountDue"]).ShouldBe(100.00m);
        Points(quote["pointsToEarn"]).ShouldBe(100);
        Points(quote["maxPointsUsable"]).ShouldBe(0);
        var rice = quote["lines"]![0]!;
        Money(rice["netAmount"]).ShouldBe(51.00m);
        rice["discountKind"]!.GetValue<string>().ShouldBe("None");
        rice["earnsPoints"]!.GetValue<bool>().ShouldBeTrue();
        Money(rice["pointsMultiplier"]).ShouldBe(1m);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("Regular", "None", 1.00, 200.00, 200)]
    [InlineData("Silver", "Tier", 0.95, 190.00, 190)]
    [InlineData("Gold", "Tier", 0.90, 180.00, 360)]
    [InlineData("Diamond", "Tier", 0.88, 176.00, 352)]
    public async Task Quote_WhenMemberHasATier_DiscountsAndMultipliesRegularPriceLinesOnly(
        string tier, string kind, decimal rate, decimal regularNet, long points)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetTierAsync(member, tier);

        var quote = await QuotedAsync(branch.Client, member.CardNumber,
            [TillLine.Regular("SHOES", 1, 200.00m), TillLine.Special("SALE-TEE", 2, 30.00m), TillLine.OnPromotion("PROMO-SOCKS", 1, 15.50m)]);

        quote["tier"]!.GetValue<string>().ShouldBe(tier);
        var lines = quote["lines"]!.AsArray();
        lines[0]!["discountKind"]!.GetValue<string>().ShouldBe(kind);
        Money(lines[0]!["discountRate"]).ShouldBe(rate);
        Money(lines[0]!["netAmount"]).ShouldBe(regularNet);
        foreach (var (line, list) in new[] { (lines[1]!, 60.00m), (lines[2]!, 15.50m) })
        {
            line["discountKind"]!.GetValue<string>().ShouldBe("None");
            Money(line["netAmount"]).ShouldBe(list);
            line["earnsPoints"]!.GetValue<bool>().ShouldBeFalse();
        }

        Money(quote["netAmount"]).ShouldBe(regularNet + 75.50m);
        Money(quote["discountAmount"]).ShouldBe(200.00m - regularNet);
        Points(quote["pointsToEarn"]).ShouldBe(points);
    }

    [Fact]
    public async Task Quote_WhenItIsTheMembersBirthday_Gives85PercentAndDoublePointsOnRegularLinesOnly()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001", birthDate: "1990-03-10");

        var quote = await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("CAKE", 1, 100.00m), TillLine.Special("CANDLES", 1, 40.00m)]);

        quote["isBirthday"]!.GetValue<bool>().ShouldBeTrue();
        var cake = quote["lines"]![0]!;
        cake["discountKind"]!.GetValue<string>().ShouldBe("Birthday");
        Money(cake["discountRate"]).ShouldBe(0.85m);
        Money(cake["netAmount"]).ShouldBe(85.00m);
        Money(cake["pointsMultiplier"]).ShouldBe(2m);
        Money(quote["lines"]![1]!["netAmount"]).ShouldBe(40.00m);
        Money(quote["netAmount"]).ShouldBe(125.00m);
        Points(quote["pointsToEarn"]).ShouldBe(170);
    }

    [Theory]
    [InlineData("Gold")]
    [InlineData("Diamond")]
    public async Task Quote_WhenTopTierMemberHasBirthday_AppliesOnlyTheBetterDiscountAndFourfoldPoints(string tier)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001", birthDate: "1990-03-10");
        await SetTierAsync(member, tier);

        var quote = await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("CAKE", 1, 100.00m)]);

        var cake = quote["lines"]![0]!;
        cake["discountKind"]!.GetValue<string>().ShouldBe("Birthday");
        Money(cake["netAmount"]).ShouldBe(85.00m, "85% beats the tier rate and the two do not stack");
        Money(cake["pointsMultiplier"]).ShouldBe(4m);
        Points(quote["pointsToEarn"]).ShouldBe(340);
    }

    [Fact]
    public async Task Quote_WhenTierDiscountBeatsTheBirthdayDiscount_AppliesTheTierDiscountAlone()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001", birthDate: "1990-03-10");
        await SetTierAsync(member, "Diamond");
        await SetProgrammeAsync("birthdayDiscountRate", 0.90m);

        var quote = await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("CAKE", 1, 100.00m)]);

        var cake = quote["lines"]![0]!;
        cake["discountKind"]!.GetValue<string>().ShouldBe("Tier");
        Money(cake["netAmount"]).ShouldBe(88.00m);
        Points(quote["pointsToEarn"]).ShouldBe(352, "the birthday still doubles the points");
    }

    [Fact]
    public async Task Quote_WhenPurchasePaysForTheCardApplication_EarnsNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var response = await QuoteAsync(branch.Client, member.CardNumber, [TillLine.Regular("CARD-FEE", 1, 20.00m), TillLine.Regular("TEA", 1, 80.00m)],
            isCardApplicationPurchase: true);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var quote = await ReadJsonAsync(response);
        Money(quote["netAmount"]).ShouldBe(100.00m);
        Points(quote["pointsToEarn"]).ShouldBe(0);
        quote["lines"]!.AsArray().ShouldAllBe(l => !l!["earnsPoints"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Quote_WhenCampaignsCoverCategoryBranchAndDate_MultiplyThosePointsOnly()
    {
        var a = await OpenBranchAsync("SHA01", "021");
        var b = await OpenBranchAsync("SZB01", "755");
        var member = await ActiveMemberAsync(a, "13800000001");
        await InsertCampaignAsync("Tea week at A", 3m, Today.AddDays(-1), Today.AddDays(5), [a.Id], ["TEA"]);
        await InsertCampaignAsync("Snacks everywhere", 2m, Today, Today, [], ["SNACK"]);
        await InsertCampaignAsync("Ended yesterday", 5m, Today.AddDays(-9), Today.AddDays(-1), [], []);
        await InsertCampaignAsync("Starts tomorrow", 7m, Today.AddDays(1), Today.AddDays(9), [], []);
        TillLine[] lines = [TillLine.Regular("GREEN-TEA", 1, 10.00m, "TEA"), TillLine.Regular("COOKIES", 1, 10.00m, "SNACK"), TillLine.Regular("SOAP", 1, 10.00m)];

        var atA = await QuotedAsync(a.Client, member.CardNumber, lines);
        var atB = await QuotedAsync(b.Client, member.CardNumber, lines);

        atA["lines"]!.AsArray().Select(l => Money(l!["pointsMultiplier"])).ToArray().ShouldBe(new[] { 3m, 2m, 1m });
        Points(atA["pointsToEarn"]).ShouldBe(60);
        atB["lines"]!.AsArray().Select(l => Money(l!["pointsMultiplier"])).ToArray().ShouldBe(new[] { 1m, 2m, 1m });
        Points(atB["pointsToEarn"]).ShouldBe(40);
    }

    [Fact]
    public async Task Quote_WhenLinesEarnFractionsOfAPoint_FloorsOncePerPurchase()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var quote = await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("GUM", 1, 0.60m), TillLine.Regular("MINTS", 1, 0.60m)]);

        Points(quote["pointsToEarn"]).ShouldBe(1, "0.6 + 0.6 floored once is 1; floored per line it would be 0");
    }

    [Fact]
    public async Task Quote_WhenPointsWereEarnedToday_DoesNotLetThemPayUntilTomorrow()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("GIFT-BOX", 1, 600.00m)]);
        TillLine[] basket = [TillLine.Regular("TEA", 1, 100.00m)];

        var today = await QuotedAsync(branch.Client, member.CardNumber, basket);
        var spendToday = await QuoteAsync(branch.Client, member.CardNumber, basket, pointsUsed: 100);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await QuotedAsync(branch.Client, member.CardNumber, basket);

        Points(today["pointsBalance"]).ShouldBe(600);
        Points(today["spendablePoints"]).ShouldBe(0);
        Points(today["maxPointsUsable"]).ShouldBe(0);
        await spendToday.ShouldBeProblemAsync(HttpStatusCode.Conflict, "checkout.points_over_limit");
        Points(tomorrow["pointsBalance"]).ShouldBe(600);
        Points(tomorrow["spendablePoints"]).ShouldBe(600);
        Points(tomorrow["maxPointsUsable"]).ShouldBe(600);
    }

    [Fact]
    public async Task Quote_WhenBasketIsWorthLessThanTheSpendablePoints_CapsPointsUsableAtTheNetAmount()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await EarnSpendablePointsAsync(branch, member, 600m);
        TillLine[] basket = [TillLine.Regular("PEN", 1, 1.17m), TillLine.Special("INK", 1, 1.17m)];

        var capped = await QuotedAsync(branch.Client, member.CardNumber, basket);
        var paidInFull = await QuotedAsync(branch.Client, member.CardNumber, basket, pointsUsed: 234);
        var overLimit = await QuoteAsync(branch.Client, member.CardNumber, basket, pointsUsed: 235);

        Points(capped["spendablePoints"]).ShouldBe(600);
        Points(capped["maxPointsUsable"]).ShouldBe(234, "min(600 spendable, ¥2.34 × 100)");
        Money(paidInFull["pointsValue"]).ShouldBe(2.34m);
        Money(paidInFull["amountDue"]).ShouldBe(0m);
        Points(paidInFull["pointsToEarn"]).ShouldBe(0, "the part paid with points earns nothing");
        await overLimit.ShouldBeProblemAsync(HttpStatusCode.Conflict, "checkout.points_over_limit");
    }

    [Theory]
    [InlineData("2027-02-28", true)]
    [InlineData("2027-03-01", false)]
    [InlineData("2028-02-28", false)]
    [InlineData("2028-02-29", true)]
    public async Task Quote_WhenMemberWasBornOn29February_CelebratesOn28FebruaryInOtherYears(string date, bool isBirthday)
    {
        PinChinaDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001", birthDate: "2000-02-29");

        var quote = await QuotedAsync(branch.Client, member.CardNumber, [TillLine.Regular("CAKE", 1, 100.00m)]);

        quote["isBirthday"]!.GetValue<bool>().ShouldBe(isBirthday);
        Money(quote["netAmount"]).ShouldBe(isBirthday ? 85.00m : 100.00m);
        Points(quote["pointsToEarn"]).ShouldBe(isBirthday ? 170 : 100);
    }

    [Theory]
    [InlineData("issued")]
    [InlineData("frozen")]
    [InlineData("replaced")]
    public async Task QuoteAndCommit_WhenCardIsNotActive_Return409CardNotActiveAndWriteNothing(string state)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = state == "issued" ? await IssuedMemberAsync(branch, "13800000001") : await ActiveMemberAsync(branch, "13800000001");
        if (state != "issued")
        {
            (await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        if (state == "replaced")
        {
            (await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/reissue", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        TillLine[] basket = [TillLine.Regular("TEA", 1, 10.00m)];
        var before = await SnapshotDatabaseAsync();

        var quote = await QuoteAsync(branch.Client, member.CardNumber, basket);
        var commit = await CommitAsync(branch.Client, "R-0001", member.CardNumber, basket);

        await quote.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.not_active");
        await commit.ShouldBeProblemAsync(HttpStatusCode.Conflict, "card.not_active");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("13911112222")]
    [InlineData("02100009999")]
    [InlineData("NO-SUCH-CARD")]
    public async Task QuoteAndCommit_WhenCodeMatchesNoCard_Return404AndWriteNothing(string code)
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await ActiveMemberAsync(branch, "13800000001");
        TillLine[] basket = [TillLine.Regular("TEA", 1, 10.00m)];
        var before = await SnapshotDatabaseAsync();

        var quote = await QuoteAsync(branch.Client, code, basket);
        var commit = await CommitAsync(branch.Client, "R-0001", code, basket);

        await quote.ShouldBeProblemAsync(HttpStatusCode.NotFound, "card.not_found");
        await commit.ShouldBeProblemAsync(HttpStatusCode.NotFound, "card.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task QuoteAndCommit_WhenCalledWithAHeadOfficeKey_Return403BranchOnly()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        TillLine[] basket = [TillLine.Regular("TEA", 1, 10.00m)];
        var before = await SnapshotDatabaseAsync();

        var quote = await HeadOffice().PostAsJsonAsync(QuoteRoute, new { code = member.CardNumber, lines = basket });
        var commit = await CommitAsync(HeadOffice(), "R-0001", member.CardNumber, basket);

        await quote.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.branch_only");
        await commit.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.branch_only");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
