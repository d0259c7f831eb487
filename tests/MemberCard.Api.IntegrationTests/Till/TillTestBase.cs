namespace MemberCard.Api.IntegrationTests.Till;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Npgsql;

/// <summary>
/// The till through HTTP: active members, quotes, commits and returns, and direct SQL for what the API does not
/// show. The clock is pinned to <see cref="Today"/>, a date that is nobody's birthday, so a run on any real day
/// prices the same.
/// </summary>
public abstract class TillTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected const string QuoteRoute = "/api/v1/branch/checkout/quote";
    protected const string PurchasesRoute = "/api/v1/branch/purchases";
    protected const string ReplayedHeader = "Idempotent-Replayed";
    protected const string OrdinaryBirthDate = "1990-05-12";

    protected static DateOnly Today { get; } = new(2026, 3, 10);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        PinChinaDate(Today);
    }

    /// <summary>Pins the API clock to noon of a business date in China.</summary>
    protected void PinChinaDate(DateOnly date) => Factory.Clock.SetChinaDate(date);

    /// <summary>Applies at the branch and activates the card: a member who can earn and spend.</summary>
    protected async Task<TillMember> ActiveMemberAsync(TestBranch branch, string phone, string birthDate = OrdinaryBirthDate)
    {
        var member = await IssuedMemberAsync(branch, phone, birthDate);
        await ActivateAtBranchAsync(branch, member.CardNumber);
        return member;
    }

    protected static async Task<TillMember> IssuedMemberAsync(TestBranch branch, string phone, string birthDate = OrdinaryBirthDate)
    {
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", Application(phone, birthDate: birthDate));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(response);
        return new TillMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), phone);
    }

    /// <summary>
    /// Gives the member <paramref name="yuan"/> points the way members get them, a regular-price purchase of
    /// that many yuan today, then moves the clock to the next day so that they are spendable.
    /// </summary>
    protected async Task EarnSpendablePointsAsync(TestBranch branch, TillMember member, decimal yuan, string receiptNo = "EARN-0001")
    {
        var receipt = await CommittedAsync(branch.Client, receiptNo, member.CardNumber, [TillLine.Regular("GIFT-BOX", 1, yuan)]);
        receipt["pointsEarned"]!.GetValue<long>().ShouldBe((long)yuan);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
    }

    protected Task SetTierAsync(TillMember member, string tier) =>
        ExecuteAsync("UPDATE membercard.members SET tier = @tier WHERE id = @id", ("tier", tier), ("id", member.MemberId));

    protected Task InsertCampaignAsync(string name, decimal multiplier, DateOnly startsOn, DateOnly endsOn, Guid[] branchIds, string[] categories) =>
        ExecuteAsync(
            """
            INSERT INTO membercard.points_campaigns (id, name, multiplier, starts_on, ends_on, branch_ids, categories, created_at)
            VALUES (@id, @name, @multiplier, @startsOn, @endsOn, @branchIds, @categories, now())
            """,
            ("id", Guid.CreateVersion7()), ("name", name), ("multiplier", multiplier), ("startsOn", startsOn), ("endsOn", endsOn),
            ("branchIds", branchIds), ("categories", categories));

    /// <summary>Changes one programme setting through the HQ API, keeping the others.</summary>
    protected async Task SetProgrammeAsync(string field, JsonNode value)
    {
        var hq = HeadOffice();
        var programme = await hq.GetFromJsonAsync<JsonObject>("/api/v1/hq/programme");
        programme![field] = value;
        var put = await hq.PutAsJsonAsync("/api/v1/hq/programme", programme);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
    }

    protected static Task<HttpResponseMessage> QuoteAsync(
        HttpClient client, string code, IReadOnlyList<TillLine> lines, long? pointsUsed = null, bool isCardApplicationPurchase = false) =>
        client.PostAsJsonAsync(QuoteRoute, new { code, lines, pointsUsed, isCardApplicationPurchase });

    protected static async Task<JsonObject> QuotedAsync(HttpClient client, string code, IReadOnlyList<TillLine> lines, long? pointsUsed = null)
    {
        var response = await QuoteAsync(client, code, lines, pointsUsed);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static Task<HttpResponseMessage> CommitAsync(
        HttpClient client, string receiptNo, string code, IReadOnlyList<TillLine> lines, long? pointsUsed = null,
        object[]? payments = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, PurchasesRoute)
        {
            Content = JsonContent.Create(new { receiptNo, code, lines, pointsUsed, payments }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    protected static async Task<JsonObject> CommittedAsync(
        HttpClient client, string receiptNo, string code, IReadOnlyList<TillLine> lines, long? pointsUsed = null, object[]? payments = null)
    {
        var response = await CommitAsync(client, receiptNo, code, lines, pointsUsed, payments);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static string ReturnRoute(string receiptNo) => $"/api/v1/branch/purchases/{Uri.EscapeDataString(receiptNo)}/returns";

    protected static Task<HttpResponseMessage> ReturnAsync(HttpClient client, string receiptNo, params (int LineNo, decimal Quantity)[] lines) =>
        ReturnToAsync(client, ReturnRoute(receiptNo), lines);

    protected static Task<HttpResponseMessage> ReturnToAsync(HttpClient client, string url, params (int LineNo, decimal Quantity)[] lines) =>
        client.PostAsJsonAsync(url, new { lines = lines.Select(l => new { lineNo = l.LineNo, quantity = l.Quantity }) });

    protected static async Task<JsonObject> ReturnedAsync(HttpClient client, string receiptNo, params (int LineNo, decimal Quantity)[] lines)
    {
        var response = await ReturnAsync(client, receiptNo, lines);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected static object Cash(decimal amount) => new { method = "cash", amount };

    protected static decimal Money(JsonNode? node) => node!.GetValue<decimal>();

    protected static long Points(JsonNode? node) => node!.GetValue<long>();


    protected async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value switch
        {
            null or DBNull => default!,
            T typed => typed,
            _ => (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    protected async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) => await ScalarAsync<long>(sql, parameters);

    protected async Task<long> BalanceOfAsync(TillMember member) =>
        await ScalarAsync<long>("SELECT points_balance FROM membercard.members WHERE id = @id", ("id", member.MemberId));

    protected async Task<string> TierOfAsync(TillMember member) =>
        await ScalarAsync<string>("SELECT tier FROM membercard.members WHERE id = @id", ("id", member.MemberId));

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = Command(connection, sql, parameters);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
