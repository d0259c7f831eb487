namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>Top-ups, packages and settings through the API, and the stored-value books read by SQL.</summary>
public abstract class StoredValueTestBase(MemberCardApiFactory factory) : TillTestBase(factory)
{
    protected const string TopUpsRoute = "/api/v1/branch/top-ups";
    protected const string ConfirmationRoute = "/api/v1/payments/top-up-confirmations";

    protected static Task<HttpResponseMessage> TopUpAsync(
        HttpClient client, string receiptNo, string code, decimal? amount = null, Guid? packageId = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TopUpsRoute)
        {
            Content = JsonContent.Create(new { receiptNo, code, amount, packageId, paymentMethod = "cash" }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    protected static async Task<JsonObject> ToppedUpAsync(HttpClient client, string receiptNo, string code, decimal? amount = null, Guid? packageId = null)
    {
        var response = await TopUpAsync(client, receiptNo, code, amount, packageId);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected async Task<Guid> PackageAsync(string name, decimal pay, decimal bonus)
    {
        var response = await HeadOffice().PostAsJsonAsync("/api/v1/hq/stored-value/packages", new { name, pay, bonus });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await ReadJsonAsync(response))["id"]!.GetValue<string>());
    }

    protected async Task SetStoredValueAsync(decimal maxBalance = 5000m, string spendOrder = "BonusFirst", bool depositsCountForTier = true)
    {
        var response = await HeadOffice().PutAsJsonAsync("/api/v1/hq/stored-value/settings", new { maxBalance, spendOrder, depositsCountForTier });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    protected static object StoredValue(decimal amount) => new { method = "stored_value", amount };

    /// <summary>The account's principal and bonus (0, 0 without an account).</summary>
    protected async Task<(decimal Principal, decimal Bonus)> StoredValueOfAsync(TillMember member)
    {
        var principal = await ScalarAsync<decimal>("SELECT principal FROM membercard.stored_value_accounts WHERE member_id = @id", ("id", member.MemberId));
        var bonus = await ScalarAsync<decimal>("SELECT bonus FROM membercard.stored_value_accounts WHERE member_id = @id", ("id", member.MemberId));
        return (principal, bonus);
    }

    /// <summary>Every account equals its ledger sums part by part, and nothing anywhere is negative.</summary>
    protected async Task AssertStoredValueBooksBalanceAsync()
    {
        (await CountAsync("""
            SELECT count(*) FROM membercard.stored_value_accounts a
            WHERE a.principal <> (SELECT coalesce(sum(e.principal), 0) FROM membercard.stored_value_ledger e WHERE e.member_id = a.member_id)
               OR a.bonus <> (SELECT coalesce(sum(e.bonus), 0) FROM membercard.stored_value_ledger e WHERE e.member_id = a.member_id)
               OR a.principal < 0 OR a.bonus < 0
            """)).ShouldBe(0, "an account differs from its ledger or is negative");
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE principal_after < 0 OR bonus_after < 0")).ShouldBe(0);
        (await CountAsync("""
            SELECT count(*) FROM membercard.stored_value_ledger e
            WHERE e.principal_after <> (SELECT sum(p.principal) FROM membercard.stored_value_ledger p WHERE p.member_id = e.member_id AND p.id <= e.id)
               OR e.bonus_after <> (SELECT sum(p.bonus) FROM membercard.stored_value_ledger p WHERE p.member_id = e.member_id AND p.id <= e.id)
            """)).ShouldBe(0, "a running balance differs from the ledger sum up to it");
    }

    /// <summary>A confirmation as the payment provider signs it.</summary>
    protected HttpRequestMessage Confirmation(string tradeNo, string transactionId, long amountFen, string? secret = null, DateTimeOffset? at = null)
    {
        var body = $$"""{"tradeNo":"{{tradeNo}}","transactionId":"{{transactionId}}","amountFen":{{amountFen.ToString(CultureInfo.InvariantCulture)}}}""";
        var timestamp = (at ?? Factory.Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret ?? MemberCardApiFactory.PaymentSecret), Encoding.UTF8.GetBytes(timestamp + "\n" + body)));
        var request = new HttpRequestMessage(HttpMethod.Post, ConfirmationRoute) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Payment-Timestamp", timestamp);
        request.Headers.Add("X-Payment-Signature", signature);
        return request;
    }

    /// <summary>A shopper with an active card applied for online (home branch SHA01).</summary>
    protected async Task<(HttpClient Shopper, TillMember Member)> ShopperMemberAsync()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        await SetDefaultOnlineBranchAsync("SHA01");
        var shopper = await ShopperAsync("sv-shopper");
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", new { name = "李四", gender = "Male", birthDate = "1988-02-27", phone = "13800000009" });
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        var member = new TillMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), "13800000009");
        await ActivateAtBranchAsync(branch, member.CardNumber);
        return (shopper, member);
    }

    /// <summary>An online top-up order, pending until its payment is confirmed.</summary>
    protected static async Task<(string TradeNo, Guid OrderId)> OrderAsync(HttpClient shopper, decimal amount)
    {
        var response = await shopper.PostAsJsonAsync("/api/v1/me/stored-value/top-up-orders", new { amount });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        body["status"]!.GetValue<string>().ShouldBe("Pending");
        return (body["tradeNo"]!.GetValue<string>(), Guid.Parse(body["orderId"]!.GetValue<string>()));
    }

    protected static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, raw);
        JsonNode.Parse(raw)!["code"]!.GetValue<string>().ShouldBe(code, raw);
    }
}
