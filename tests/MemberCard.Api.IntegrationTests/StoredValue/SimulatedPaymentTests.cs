namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Online top-ups end to end with the simulator as the payment provider: the shopper pays the order there and the
/// simulator sends its signed confirmation to the API over HTTP, as it pushes WeChat's events to the callback.
/// </summary>
public sealed class SimulatedPaymentTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task Pay_WhenTheShopperPaysThroughTheProvider_CreditsTheBalanceOnce()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);

        var payment = await PayAsync(order.TradeNo, 20000);

        var confirmation = LastConfirmation(payment);
        confirmation["status"]!.GetValue<int>().ShouldBe(200, confirmation.ToJsonString());
        JsonNode.Parse(confirmation["reply"]!.GetValue<string>())!["status"]!.GetValue<string>().ShouldBe("Credited");
        (await StoredValueOfAsync(member)).ShouldBe((200m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'TopUp'")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_top_ups WHERE status = 'Credited' AND transaction_id = @tx",
            ("tx", payment["transactionId"]!.GetValue<string>()))).ShouldBe(1);
        Money((await shopper.GetFromJsonAsync<JsonObject>("/api/v1/me/stored-value"))!["balance"]).ShouldBe(200m);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task ConfirmAgain_WhenTheProviderRepeatsItsNotice_CreditsOnceAndAnswersAsTheFirstTime()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 150.50m);
        var payment = await PayAsync(order.TradeNo, 15050);
        var transactionId = payment["transactionId"]!.GetValue<string>();

        var repeated = await SimulatorAsync($"/_sim/payments/{transactionId}/confirmations", new { });
        var again = await SimulatorAsync($"/_sim/payments/{transactionId}/confirmations", new { });

        again["confirmations"]!.AsArray().Count.ShouldBe(3);
        foreach (var confirmation in again["confirmations"]!.AsArray())
        {
            confirmation!["status"]!.GetValue<int>().ShouldBe(200);
            JsonNode.Parse(confirmation["reply"]!.GetValue<string>())!["status"]!.GetValue<string>().ShouldBe("Credited");
        }

        LastConfirmation(repeated)["timestamp"].ShouldNotBeNull();
        (await StoredValueOfAsync(member)).ShouldBe((150.50m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger")).ShouldBe(1);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Pay_WhenTheSameOrderIsPaidTwice_CreditsTheFirstAndRefusesTheSecond()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);
        await PayAsync(order.TradeNo, 20000);

        var second = LastConfirmation(await PayAsync(order.TradeNo, 20000));

        second["status"]!.GetValue<int>().ShouldBe(409, second.ToJsonString());
        second["reply"]!.GetValue<string>().ShouldContain("stored_value.order_settled");
        (await StoredValueOfAsync(member)).ShouldBe((200m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger")).ShouldBe(1);
    }

    [Fact]
    public async Task Pay_WhenTheAmountPaidIsNotTheOrders_IsRefusedAndWritesNothing()
    {
        var (shopper, _) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);
        var before = await SnapshotDatabaseAsync();

        var confirmation = LastConfirmation(await PayAsync(order.TradeNo, 19999));

        confirmation["status"]!.GetValue<int>().ShouldBe(409, confirmation.ToJsonString());
        confirmation["reply"]!.GetValue<string>().ShouldContain("payment.amount_mismatch");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Pay_WhenTheOrderIsUnknown_IsRefusedAndWritesNothing()
    {
        await ShopperMemberAsync();
        var before = await SnapshotDatabaseAsync();

        var confirmation = LastConfirmation(await PayAsync("SV-NO-SUCH-ORDER", 20000));

        confirmation["status"]!.GetValue<int>().ShouldBe(404, confirmation.ToJsonString());
        confirmation["reply"]!.GetValue<string>().ShouldContain("stored_value.order_not_found");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Pay_WhenTheSignatureIsForged_IsRefusedAndWritesNothing()
    {
        var (shopper, member) = await ShopperMemberAsync();
        var order = await OrderAsync(shopper, 200m);
        var before = await SnapshotDatabaseAsync();

        var confirmation = LastConfirmation(await PayAsync(order.TradeNo, 20000, forgeSignature: true));

        confirmation["status"]!.GetValue<int>().ShouldBe(403, confirmation.ToJsonString());
        confirmation["reply"]!.GetValue<string>().ShouldContain("payment.signature_invalid");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
        (await StoredValueOfAsync(member)).ShouldBe((0m, 0m));
    }

    private Task<JsonObject> PayAsync(string tradeNo, long amountFen, bool forgeSignature = false) =>
        SimulatorAsync("/_sim/payments", new { tradeNo, amountFen, forgeSignature });

    private async Task<JsonObject> SimulatorAsync(string path, object body)
    {
        var response = await Factory.WeChatControl.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    private static JsonObject LastConfirmation(JsonObject payment) => payment["confirmations"]!.AsArray()[^1]!.AsObject();
}
