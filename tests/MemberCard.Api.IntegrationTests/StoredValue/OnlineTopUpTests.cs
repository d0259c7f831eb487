namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>Online top-ups: an order in the mini-program, credited once by a signed payment confirmation; the shopper's views.</summary>
public sealed class OnlineTopUpTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task Confirmation_WhenSignedAndRepeated_CreditsTheOrderOnce()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);
        var pending = await shopper.GetFromJsonAsync<JsonObject>("/api/v1/me/stored-value");

        var first = await Anonymous().SendAsync(Confirmation(order.TradeNo, "wx-tx-1", 20000));
        var repeat = await Anonymous().SendAsync(Confirmation(order.TradeNo, "wx-tx-1", 20000));

        Money(pending!["balance"]).ShouldBe(0m, "nothing is credited before the payment is confirmed");
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await ReadJsonAsync(first))["status"]!.GetValue<string>().ShouldBe("Credited");
        repeat.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(repeat))["status"]!.GetValue<string>().ShouldBe("Credited");
        (await StoredValueOfAsync(member)).ShouldBe((200m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'TopUp'")).ShouldBe(1);
        var mine = await shopper.GetFromJsonAsync<JsonObject>("/api/v1/me/stored-value");
        Money(mine!["principal"]).ShouldBe(200m);
        Money(mine["maxBalance"]).ShouldBe(5000m);
        var history = await shopper.GetFromJsonAsync<JsonObject>("/api/v1/me/stored-value/ledger");
        history!["totalCount"]!.GetValue<int>().ShouldBe(1);
        history["items"]![0]!["kind"]!.GetValue<string>().ShouldBe("TopUp");
        Money(history["items"]![0]!["balanceAfter"]).ShouldBe(200m);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Confirmation_WhenTheSignatureIsWrongOrStale_IsRefusedAndWritesNothing()
    {
        var (shopper, _) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);
        var before = await SnapshotDatabaseAsync();

        var wrongSecret = await Anonymous().SendAsync(Confirmation(order.TradeNo, "wx-tx-1", 20000, secret: "not-the-providers-secret-at-all"));
        var stale = await Anonymous().SendAsync(Confirmation(order.TradeNo, "wx-tx-1", 20000, at: Factory.Clock.GetUtcNow().AddHours(-1)));
        var unsigned = await Anonymous().PostAsync(ConfirmationRoute, JsonContent.Create(new { tradeNo = order.TradeNo, transactionId = "wx-tx-1", amountFen = 20000 }));

        await ShouldBeProblemAsync(wrongSecret, HttpStatusCode.Forbidden, "payment.signature_invalid");
        await ShouldBeProblemAsync(stale, HttpStatusCode.Forbidden, "payment.signature_invalid");
        await ShouldBeProblemAsync(unsigned, HttpStatusCode.Forbidden, "payment.signature_invalid");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Confirmation_WhenTheAmountDiffersFromTheOrder_Returns409AndCreditsNothing()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);

        var response = await Anonymous().SendAsync(Confirmation(order.TradeNo, "wx-tx-1", 100));

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "payment.amount_mismatch");
        (await StoredValueOfAsync(member)).ShouldBe((0m, 0m));
    }

    [Fact]
    public async Task Confirmation_WhenTheCardWasFrozenSincePaying_RecordsTheOrderRejectedWithoutCredit()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);
        (await shopper.PostAsync("/api/v1/me/card/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await Anonymous().SendAsync(Confirmation(order.TradeNo, "wx-tx-1", 20000));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        body["status"]!.GetValue<string>().ShouldBe("Rejected");
        body["rejectionCode"]!.GetValue<string>().ShouldBe("card.not_active");
        (await StoredValueOfAsync(member)).ShouldBe((0m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger")).ShouldBe(0);
    }

    [Fact]
    public async Task Order_WhenItWouldPassTheLimitOrIsMalformed_IsRefusedAndWritesNothing()
    {
        var (shopper, _) = await ShopperMemberAsync();
        var before = await SnapshotDatabaseAsync();

        var over = await shopper.PostAsJsonAsync("/api/v1/me/stored-value/top-up-orders", new { amount = 5000.01m });
        var negative = await shopper.PostAsJsonAsync("/api/v1/me/stored-value/top-up-orders", new { amount = -5m });
        var threeDecimals = await shopper.PostAsJsonAsync("/api/v1/me/stored-value/top-up-orders", new { amount = 5.555m });

        await ShouldBeProblemAsync(over, HttpStatusCode.Conflict, "stored_value.over_limit");
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        threeDecimals.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(threeDecimals))["errors"]!["amount"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Order_WhenAPackageIsChosen_IsCreditedWithItsBonusOnConfirmation()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var package = await PackageAsync("充300送330", 300m, 30m);
        var packages = await shopper.GetFromJsonAsync<JsonArray>("/api/v1/me/stored-value/packages");
        var created = await shopper.PostAsJsonAsync("/api/v1/me/stored-value/top-up-orders", new { packageId = package });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var tradeNo = (await ReadJsonAsync(created))["tradeNo"]!.GetValue<string>();

        (await Anonymous().SendAsync(Confirmation(tradeNo, "wx-tx-9", 30000))).StatusCode.ShouldBe(HttpStatusCode.OK);

        packages!.Count.ShouldBe(1);
        (await StoredValueOfAsync(member)).ShouldBe((300m, 30m));
    }
}
