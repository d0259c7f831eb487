namespace MemberCard.WeChatSimulator.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MemberCard.WeChatSimulator.Tests.Support;

/// <summary>The simulator as the payment provider: a shopper pays an order, the API gets a signed confirmation.</summary>
public sealed class PaymentConfirmationTests : IAsyncLifetime
{
    private const string Secret = "shared-payment-secret-for-tests";

    private ConfirmationReceiver _api = null!;
    private SimulatorHost _sim = null!;

    public async Task InitializeAsync()
    {
        _api = await ConfirmationReceiver.StartAsync();
        _sim = await SimulatorHost.StartAsync(new SimulatorSettings { PaymentConfirmationUrl = _api.Url, PaymentSecret = Secret });
    }

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Pay_WhenAConfirmationUrlIsSet_SendsTheOrderSignedWithTheSharedSecret()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var payment = await _sim.PostAsync("/_sim/payments", new { tradeNo = "SV202611280001", amountFen = 20000 });

        var received = await _api.NextAsync();
        received.IsSignedWith(Secret).ShouldBeTrue(received.Signature);
        received.ContentType.ShouldStartWith("application/json");
        received.SentAt.ShouldBeGreaterThanOrEqualTo(before);
        received.Json.GetProperty("tradeNo").GetString().ShouldBe("SV202611280001");
        received.Json.GetProperty("amountFen").GetInt64().ShouldBe(20000);
        var transactionId = payment.GetProperty("transactionId").GetString()!;
        transactionId.ShouldMatch("^4200[0-9]{24}$");
        received.Json.GetProperty("transactionId").GetString().ShouldBe(transactionId);
        var confirmation = payment.GetProperty("confirmations").EnumerateArray().ShouldHaveSingleItem();
        confirmation.GetProperty("status").GetInt32().ShouldBe(200);
        confirmation.GetProperty("body").GetString().ShouldBe(received.Body);
        confirmation.GetProperty("forged").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task ConfirmAgain_WhenThePaymentExists_SendsTheSameTransactionNewlySigned()
    {
        var payment = await _sim.PostAsync("/_sim/payments", new { tradeNo = "SV-2", amountFen = 5050 });
        var transactionId = payment.GetProperty("transactionId").GetString()!;
        var first = await _api.NextAsync();

        var again = await _sim.PostAsync($"/_sim/payments/{transactionId}/confirmations");

        var second = await _api.NextAsync();
        second.Body.ShouldBe(first.Body);
        second.IsSignedWith(Secret).ShouldBeTrue();
        again.GetProperty("confirmations").GetArrayLength().ShouldBe(2);
        (await _sim.GetAsync($"/_sim/payments/{transactionId}")).GetProperty("confirmations").GetArrayLength().ShouldBe(2);
        (await _sim.GetAsync("/_sim/payments")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Pay_WhenForgeSignatureIsAsked_SignsWithAnotherSecretAndRecordsTheAnswer()
    {
        _api.AnswerStatus = (int)HttpStatusCode.Forbidden;

        var payment = await _sim.PostAsync("/_sim/payments", new { tradeNo = "SV-3", amountFen = 100, forgeSignature = true });

        var received = await _api.NextAsync();
        received.IsSignedWith(Secret).ShouldBeFalse();
        var confirmation = payment.GetProperty("confirmations")[0];
        confirmation.GetProperty("forged").GetBoolean().ShouldBeTrue();
        confirmation.GetProperty("status").GetInt32().ShouldBe(403);
        confirmation.GetProperty("reply").GetString()!.ShouldContain("seen");
    }

    [Theory]
    [InlineData("""{"amountFen":100}""")]
    [InlineData("""{"tradeNo":"SV-4"}""")]
    [InlineData("""{"tradeNo":"SV-4","amountFen":0}""")]
    [InlineData("""{"tradeNo":"SV-4","amountFen":-100}""")]
    [InlineData("""[1]""")]
    public async Task Pay_WhenTheBodyIsIncomplete_Returns400AndSendsNothing(string body)
    {
        using var response = await _sim.Client.PostAsync(new Uri("/_sim/payments", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        _api.TryNext(out _).ShouldBeFalse();
        (await _sim.GetAsync("/_sim/payments")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task ConfirmAgain_WhenThePaymentIsUnknown_Returns404()
    {
        using var response = await _sim.Client.PostAsJsonAsync("/_sim/payments/420000000000000000000000000/confirmations", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pay_WhenNoConfirmationUrlIsSet_Returns409AndTakesNoPayment()
    {
        await using var sim = await SimulatorHost.StartAsync(new SimulatorSettings());

        using var response = await sim.Client.PostAsJsonAsync("/_sim/payments", new { tradeNo = "SV-5", amountFen = 100 });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        sim.State.GetPayments().ShouldBeEmpty();
    }

    [Fact]
    public async Task Pay_WhenTheApiCannotBeReached_RecordsTheErrorInsteadOfFailing()
    {
        await using var sim = await SimulatorHost.StartAsync(new SimulatorSettings { PaymentConfirmationUrl = "http://127.0.0.1:1/api/v1/payments/top-up-confirmations", PaymentSecret = Secret });

        var payment = await sim.PostAsync("/_sim/payments", new { tradeNo = "SV-6", amountFen = 100 });

        var confirmation = payment.GetProperty("confirmations")[0];
        confirmation.GetProperty("status").ValueKind.ShouldBe(JsonValueKind.Null);
        confirmation.GetProperty("error").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Reset_WhenPaymentsWereMade_ForgetsThem()
    {
        await _sim.PostAsync("/_sim/payments", new { tradeNo = "SV-7", amountFen = 100 });

        await _sim.PostAsync("/_sim/reset");

        (await _sim.GetAsync("/_sim/payments")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Pay_WhenAPaymentClockIsGiven_TimestampsTheConfirmationByIt()
    {
        var pinned = new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
        await using var sim = await SimulatorHost.StartAsync(
            new SimulatorSettings { PaymentConfirmationUrl = _api.Url, PaymentSecret = Secret, PaymentClock = new PinnedClock(pinned) });

        await sim.PostAsync("/_sim/payments", new { tradeNo = "SV-8", amountFen = 100 });

        var received = await _api.NextAsync();
        received.SentAt.ShouldBe(pinned);
        received.IsSignedWith(Secret).ShouldBeTrue();
    }

    [Fact]
    public void Create_WhenThePaymentSecretIsTooShort_Throws() =>
        Should.Throw<ArgumentException>(() => WeChatSimulatorApp.Create([], new SimulatorSettings { PaymentSecret = "short" }));
}
