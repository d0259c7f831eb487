namespace MemberCard.Api.IntegrationTests.WeChat;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Application.Common.Outbox;
using MemberCard.WeChatSimulator;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Drives the local WeChat simulator: it holds the shopper's card package, pushes its events to our callback
/// (signed and encrypted like WeChat) and records every call our client makes to it.
/// </summary>
public abstract class WeChatTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private int _receipts;

    protected SimulatorState WeChat => Factory.WeChat;

    /// <summary>A shopper who applied online in the mini-program, and their issued card number.</summary>
    protected async Task<(HttpClient Shopper, string CardNumber, Guid MemberId)> OnlineMemberAsync(string openId, string phone, string branchCode)
    {
        var shopper = await ShopperAsync(openId);
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", new
        {
            name = "李四", gender = "Male", birthDate = "1988-02-28", phone, branchCode,
        });
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        return (shopper, card["cardNumber"]!.GetValue<string>(), Guid.Parse(card["memberId"]!.GetValue<string>()));
    }

    /// <summary>The shopper adds our card to their WeChat card package; WeChat pushes user_get_card to us.</summary>
    protected async Task<string> AddToCardPackageAsync(string officialOpenId, string? outerStr, string? unionId = null)
    {
        var response = await Factory.WeChatControl.PostAsJsonAsync("/_sim/cards", new { openid = officialOpenId, unionid = unionId, outerStr });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        body["callbackStatus"]!.GetValue<int>().ShouldBe(200, body.ToJsonString());
        return body["code"]!.GetValue<string>();
    }

    /// <summary>The shopper fills in WeChat's activation form; WeChat pushes submit_membercard_user_info.</summary>
    protected async Task SubmitActivationFormAsync(string code, string mobile)
    {
        var response = await Factory.WeChatControl.PostAsJsonAsync($"/_sim/cards/{code}/form", new { mobile, name = "李四", birthday = "1988-02-28" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["callbackStatus"]!.GetValue<int>().ShouldBe(200);
    }

    /// <summary>Runs the outbox dispatcher until nothing is due; returns how many messages it handled.</summary>
    protected Task<int> DispatchAsync() => Factory.Services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    protected async Task<JsonObject> BuyAsync(TestBranch branch, string cardNumber, decimal amount)
    {
        var receiptNo = "WX-" + Interlocked.Increment(ref _receipts).ToString("D5", CultureInfo.InvariantCulture);
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new
        {
            receiptNo,
            code = cardNumber,
            lines = new[] { new { sku = "RICE-5KG", quantity = 1, unitPrice = amount } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected async Task<long> BalanceAsync(Guid memberId)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT points_balance FROM membercard.members WHERE id = @id";
        command.Parameters.AddWithValue("id", memberId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected async Task<IReadOnlyList<(long Id, string Kind, string Status, string? Outcome)>> OutboxAsync()
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, status, outcome FROM membercard.outbox_messages ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }

    protected async Task<long> CountAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A push signed (and encrypted) as WeChat would, straight to our callback.</summary>
    protected Task<HttpResponseMessage> PushAsync(string xml, string? signatureOverride = null, long? timestamp = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        const string nonce = "1514711492";
        var encrypted = new WeChatMessageCrypto(MemberCardApiFactory.WeChatAesKey, Factory.WeChatSettings.OfficialAccountAppId).Encrypt(xml);
        var signature = signatureOverride ?? WeChatSignature.Compute(MemberCardApiFactory.WeChatToken, ts, nonce, encrypted);
        var body = $"<xml><ToUserName><![CDATA[gh_simulator000]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>";
        var url = $"/wechat/callback?signature={WeChatSignature.Compute(MemberCardApiFactory.WeChatToken, ts, nonce)}&timestamp={ts}&nonce={nonce}"
            + $"&openid=oFROM&encrypt_type=aes&msg_signature={signature}";
        return Anonymous().PostAsync(url, new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    protected static string EventXml(string eventName, string fromUser, long createTime, params (string Name, string Value)[] fields)
    {
        var xml = new StringBuilder()
            .Append("<xml><ToUserName><![CDATA[gh_simulator000]]></ToUserName>")
            .Append(CultureInfo.InvariantCulture, $"<FromUserName><![CDATA[{fromUser}]]></FromUserName>")
            .Append(CultureInfo.InvariantCulture, $"<CreateTime>{createTime}</CreateTime>")
            .Append("<MsgType><![CDATA[event]]></MsgType>")
            .Append(CultureInfo.InvariantCulture, $"<Event><![CDATA[{eventName}]]></Event>");
        foreach (var (name, value) in fields)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<{name}><![CDATA[{value}]]></{name}>");
        }

        return xml.Append("</xml>").ToString();
    }
}
