namespace MemberCard.Api.IntegrationTests.MemberRights;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Application.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Members who applied online, hold their card in the WeChat simulator's card package and bought at a till;
/// direct SQL for what the API deliberately no longer shows after an exit. The clock is frozen at the real time
/// (shopper tokens are checked against it) so the business date cannot roll over mid-test.
/// </summary>
public abstract class MemberRightsTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected const string Address = "深圳市南山区科技园南区1号";
    protected const string Email = "chen.xm@example.com";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private int _receipts;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    /// <summary>A birth date half a year from the business date: no birthday points by accident.</summary>
    protected string BirthDate
    {
        get
        {
            var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().ToOffset(China).DateTime).AddMonths(6);
            return new DateOnly(1990, today.Month, Math.Min(today.Day, 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A shopper who applied online with full details and whose card is active.</summary>
    protected async Task<OnlineMember> OnlineMemberAsync(TestBranch branch, string openId, string phone, string name)
    {
        var shopper = await ShopperAsync(openId);
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", new
        {
            name, gender = "Male", birthDate = BirthDate, phone, address = Address, email = Email, branchCode = branch.Code,
        });
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        var number = card["cardNumber"]!.GetValue<string>();
        await ActivateAtBranchAsync(branch, number);
        return new OnlineMember(shopper, Guid.Parse(card["memberId"]!.GetValue<string>()), number, openId, phone, name);
    }

    /// <summary>The shopper adds the card to their WeChat card package; returns the WeChat card code.</summary>
    protected async Task<string> AddToCardPackageAsync(string officialOpenId, string cardNumber)
    {
        var response = await Factory.WeChatControl.PostAsJsonAsync("/_sim/cards", new { openid = officialOpenId, outerStr = cardNumber });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        body["callbackStatus"]!.GetValue<int>().ShouldBe(200, body.ToJsonString());
        return body["code"]!.GetValue<string>();
    }

    protected Task<int> DispatchOutboxAsync() => Factory.Services.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    /// <summary>A regular-price purchase at the till: one point per yuan for a Regular member. Returns the receipt number.</summary>
    protected async Task<string> BuyAsync(TestBranch branch, string cardNumber, params (string Sku, decimal Quantity, decimal UnitPrice)[] lines)
    {
        var receiptNo = "MR-" + Interlocked.Increment(ref _receipts).ToString("D5", CultureInfo.InvariantCulture);
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new
        {
            receiptNo,
            code = cardNumber,
            lines = lines.Select(l => new { sku = l.Sku, category = "grocery", quantity = l.Quantity, unitPrice = l.UnitPrice }).ToArray(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return receiptNo;
    }

    protected static Task<HttpResponseMessage> ExitAsync(HttpClient client, string route, object? body) =>
        body is null ? client.PostAsync(route, content: null) : client.PostAsJsonAsync(route, body);

    protected static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["code"]!.GetValue<string>().ShouldBe(code, text);
        return problem;
    }

    protected async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : result;
    }

    protected async Task<IReadOnlyList<string>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.IsDBNull(0) ? "<null>" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    /// <summary>Every row of every table of the schema as text, table by table: where a value would hide if it stayed anywhere.</summary>
    protected async Task<IReadOnlyList<string>> TablesContainingAsync(string value)
    {
        var tables = await RowsAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'membercard' AND table_type = 'BASE TABLE' ORDER BY 1");
        var hits = new List<string>();
        foreach (var table in tables)
        {
            var count = (long)(await ScalarAsync($"SELECT count(*) FROM membercard.\"{table}\" t WHERE strpos(t::text, @value) > 0", ("value", value)))!;
            if (count > 0)
            {
                hits.Add($"{table} ({count} rows)");
            }
        }

        return hits;
    }
}
