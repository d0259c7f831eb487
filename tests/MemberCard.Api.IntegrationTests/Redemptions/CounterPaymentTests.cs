namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Points as money at a branch counter outside a purchase: 100 points = ¥1 by default.</summary>
public sealed class CounterPaymentTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task Payment_WhenBranchPays250Points_Returns201WorthTwoYuanFiftyAndWritesAPaymentEntry()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);

        var response = await PayAtCounterAsync(branch, member, 250, "PAY-0001");

        var receipt = await CreatedAsync(response);
        receipt["kind"]!.GetValue<string>().ShouldBe("Payment");
        receipt["points"]!.GetValue<long>().ShouldBe(250);
        receipt["value"]!.GetValue<decimal>().ShouldBe(2.50m);
        receipt["giftId"].ShouldBeNull();
        receipt["pointsBalance"]!.GetValue<long>().ShouldBe(250);
        (await LedgerKindsAsync(member)).ShouldBe(["Earn", "Payment"]);
        (await ScalarAsync<long>("SELECT points FROM membercard.points_ledger WHERE kind = 'Payment'")).ShouldBe(-250);
        (await ScalarAsync<string>("SELECT kind || '|' || points || '|' || value FROM membercard.redemptions")).ShouldBe("Payment|250|2.50");
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Payment_WhenCodeIsThePhone_PaysFromThatMembersCurrentCard()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.Phone, points = 100, reference = "PAY-0001" });

        var receipt = await CreatedAsync(response);
        receipt["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        receipt["value"]!.GetValue<decimal>().ShouldBe(1.00m);
        (await BalanceOfAsync(member)).ShouldBe(400);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Payment_WhenReferenceRepeated_ReturnsTheSamePaymentAndADifferentAmountConflicts()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var first = await CreatedAsync(await PayAtCounterAsync(branch, member, 250, "PAY-0001"));
        var before = await SnapshotDatabaseAsync();

        var again = await CreatedAsync(await PayAtCounterAsync(branch, member, 250, "PAY-0001"));
        var different = await PayAtCounterAsync(branch, member, 100, "PAY-0001");

        again["redemptionId"]!.GetValue<string>().ShouldBe(first["redemptionId"]!.GetValue<string>());
        again["pointsBalance"]!.GetValue<long>().ShouldBe(250);
        await different.ShouldBeProblemAsync(HttpStatusCode.Conflict, "redemption.reference_conflict");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Payment_WhenMoreThanSpendableOrEarnedToday_Returns409PointsInsufficientAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        await PurchaseAsync(branch, member, 300);
        var before = await SnapshotDatabaseAsync();

        var overBalance = await PayAtCounterAsync(branch, member, 900, "PAY-0001");
        var intoTodaysPoints = await PayAtCounterAsync(branch, member, 600, "PAY-0002");

        await overBalance.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        await intoTodaysPoints.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await BalanceOfAsync(member)).ShouldBe(800);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Payment_WhenTheLotReachesItsExpiryDate_IsSpendableTheDayBeforeButNotOnTheDay()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        var expiresOn = Today.AddMonths(24);
        await PurchaseAsync(branch, member, 500);
        Factory.Clock.SetChinaDate(expiresOn.AddDays(-1));
        await CreatedAsync(await PayAtCounterAsync(branch, member, 100, "PAY-0001"));
        Factory.Clock.SetChinaDate(expiresOn);
        var before = await SnapshotDatabaseAsync();

        var response = await PayAtCounterAsync(branch, member, 100, "PAY-0002");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await BalanceOfAsync(member)).ShouldBe(400);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task ShopperPayment_WhenShopperSendsPointsInsteadOfAGift_Returns400AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, member) = await NewShopperMemberAsync(branch, "paying-shopper", "13800138001");
        await EarnSpendableAsync(branch, member, 500);
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/me/redemptions", new { points = 250, reference = "app-1" });

        await response.ShouldBeValidationProblemAsync("giftId");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Redemption_WhenBodyNamesBothAGiftAndPoints_Returns400NamingPoints()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var gift = await CreateGiftAsync(pointsPrice: 100, stock: 5);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions",
            new { code = member.CardNumber, giftId = gift, points = 250, reference = "PAY-0001" });

        await response.ShouldBeValidationProblemAsync("points");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Redemption_WhenBodyNamesNeitherAGiftNorPoints_Returns400NamingGiftId()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.CardNumber, reference = "PAY-0001" });

        await response.ShouldBeValidationProblemAsync("giftId");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public async Task Payment_WhenPointsNotPositive_Returns400NamingPoints(long points)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var before = await SnapshotDatabaseAsync();

        var response = await PayAtCounterAsync(branch, member, points, "PAY-0001");

        await response.ShouldBeValidationProblemAsync("points");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Payment_WhenHeadOfficeKeyPays_Returns403BranchOnlyAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await EarnSpendableAsync(branch, member, 500);
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.CardNumber, points = 100, reference = "PAY-0001" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.branch_only");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
