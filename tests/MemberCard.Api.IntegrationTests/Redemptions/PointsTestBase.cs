namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Shared steps of the points tests: members who earned points at a real till, gifts, redemptions, and direct
/// SQL reads of the points tables. The clock is frozen at the start of each test so that the business date
/// cannot roll over mid-test; shoppers log in before the clock is moved (their tokens carry the clock's time).
/// </summary>
public abstract class PointsTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private int _receipts;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    /// <summary>The business date in the programme's default time zone (Asia/Shanghai).</summary>
    protected DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().ToOffset(China).DateTime);

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A birth date half a year away from the business date, so no test earns birthday points by accident.</summary>
    protected object ApplicationFor(string phone, string name = "王五", string? branchCode = null)
    {
        var birthday = Today.AddMonths(6);
        return new { name, gender = "Female", birthDate = Iso(new DateOnly(1990, birthday.Month, Math.Min(birthday.Day, 28))), phone, branchCode };
    }

    /// <summary>Applies at the branch and activates the card; the member has no points yet.</summary>
    protected async Task<PointsMember> NewMemberAsync(TestBranch branch, string phone)
    {
        var applied = await branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", ApplicationFor(phone));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        var number = card["cardNumber"]!.GetValue<string>();
        await ActivateAtBranchAsync(branch, number);
        return new PointsMember(Guid.Parse(card["memberId"]!.GetValue<string>()), number, phone);
    }

    /// <summary>A logged-in shopper who applied online at the branch and activated their card.</summary>
    protected async Task<(HttpClient Shopper, PointsMember Member)> NewShopperMemberAsync(TestBranch branch, string openId, string phone)
    {
        var shopper = await ShopperAsync(openId);
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", ApplicationFor(phone, "赵六", branch.Code));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(applied);
        card["issuingBranchId"]!.GetValue<string>().ShouldBe(branch.Id.ToString());
        var activated = await shopper.PostAsync("/api/v1/me/card/activate", null);
        activated.StatusCode.ShouldBe(HttpStatusCode.OK, await activated.Content.ReadAsStringAsync());
        return (shopper, new PointsMember(Guid.Parse(card["memberId"]!.GetValue<string>()), card["cardNumber"]!.GetValue<string>(), phone));
    }

    /// <summary>Commits a one-line regular-price purchase of <paramref name="yuan"/> at the branch: 1 point per yuan for a Regular member.</summary>
    protected async Task<JsonObject> PurchaseAsync(TestBranch branch, PointsMember member, decimal yuan, string category = "grocery")
    {
        var receiptNo = $"R{Interlocked.Increment(ref _receipts):D5}";
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new
        {
            receiptNo,
            code = member.CardNumber,
            lines = new[] { new { sku = "SKU-" + category, category, quantity = 1m, unitPrice = yuan } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    /// <summary>Earns <paramref name="points"/> today and moves the clock to tomorrow, when they become spendable.</summary>
    protected async Task EarnSpendableAsync(TestBranch branch, PointsMember member, long points)
    {
        var receipt = await PurchaseAsync(branch, member, points);
        receipt["pointsEarned"]!.GetValue<long>().ShouldBe(points);
        Factory.Clock.Advance(TimeSpan.FromDays(1));
    }

    protected Task<HttpResponseMessage> CreateGiftResponseAsync(
        string name = "保温杯", long pointsPrice = 100, int stock = 10, DateOnly? activeFrom = null, DateOnly? activeTo = null) =>
        HeadOffice().PostAsJsonAsync("/api/v1/hq/gifts", new
        {
            name,
            pointsPrice,
            stock,
            activeFrom = activeFrom is { } from ? Iso(from) : null,
            activeTo = activeTo is { } to ? Iso(to) : null,
        });

    protected async Task<Guid> CreateGiftAsync(
        string name = "保温杯", long pointsPrice = 100, int stock = 10, DateOnly? activeFrom = null, DateOnly? activeTo = null)
    {
        var response = await CreateGiftResponseAsync(name, pointsPrice, stock, activeFrom, activeTo);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await ReadJsonAsync(response))["id"]!.GetValue<string>());
    }

    protected static Task<HttpResponseMessage> RedeemAtCounterAsync(
        TestBranch branch, PointsMember member, Guid giftId, string reference, int quantity = 1) =>
        branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.CardNumber, giftId, quantity, reference });

    protected static Task<HttpResponseMessage> PayAtCounterAsync(TestBranch branch, PointsMember member, long points, string reference) =>
        branch.Client.PostAsJsonAsync("/api/v1/branch/redemptions", new { code = member.CardNumber, points, reference });

    protected static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    protected async Task ExecuteAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected Task<long> BalanceOfAsync(PointsMember member) =>
        ScalarAsync<long>("SELECT points_balance FROM membercard.members WHERE id = @id", ("id", member.MemberId));

    protected Task<int> StockOfAsync(Guid giftId) =>
        ScalarAsync<int>("SELECT stock FROM membercard.gifts WHERE id = @id", ("id", giftId));

    /// <summary>The kinds of the member's ledger entries, oldest first.</summary>
    protected async Task<IReadOnlyList<string>> LedgerKindsAsync(PointsMember member)
    {
        var kinds = await ScalarAsync<string>(
            "SELECT coalesce(string_agg(kind, ',' ORDER BY id), '') FROM membercard.points_ledger WHERE member_id = @id", ("id", member.MemberId));
        return kinds.Length == 0 ? [] : kinds.Split(',');
    }

}
