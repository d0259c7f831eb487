namespace MemberCard.Api.IntegrationTests.Jobs;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Npgsql;

/// <summary>
/// The scheduled jobs over HTTP: members earn and spend through the till on pinned business dates, head office
/// runs a job for a date, and the books are read back with SQL. Applications use a birthday (12 May) that no
/// test date falls on, so every yuan earns exactly one point for a Regular member.
/// </summary>
public abstract class JobsTestBase(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    protected const string PointsExpiry = "points-expiry";
    protected const string TierReview = "tier-review";
    protected const string MilestoneGifts = "milestone-gifts";

    private int _receipts;

    protected static string RunRoute(string job, DateOnly? asOf = null) =>
        $"/api/v1/hq/jobs/{job}/run" + (asOf is { } date ? "?asOf=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>Pins the API's clock to noon of a business date in China.</summary>
    protected void On(DateOnly businessDate) => At(businessDate, 12);

    /// <summary>Pins the API's clock to an hour of a business date in China.</summary>
    protected void At(DateOnly businessDate, int hour) => Factory.Clock.SetChinaDate(businessDate, hour);

    /// <summary>Applies at the branch and activates the card, on the clock's current business date.</summary>
    protected static async Task<JobMember> ActiveMemberAsync(TestBranch branch, string phone)
    {
        var card = await ApplyOfflineAsync(branch, phone);
        var number = card["cardNumber"]!.GetValue<string>();
        await ActivateAtBranchAsync(branch, number);
        return new JobMember(Guid.Parse(card["memberId"]!.GetValue<string>()), number);
    }

    /// <summary>A committed purchase of regular-price lines (one per amount) today; returns the receipt.</summary>
    protected async Task<JsonObject> BuyAsync(TestBranch branch, JobMember member, decimal[] lineAmounts, long? pointsUsed = null)
    {
        var receiptNo = "JOB-" + Interlocked.Increment(ref _receipts).ToString("D5", CultureInfo.InvariantCulture);
        var lines = lineAmounts.Select((amount, i) => new { sku = $"SKU-{i + 1}", quantity = 1, unitPrice = amount }).ToList();
        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/purchases", new { receiptNo, code = member.CardNumber, lines, pointsUsed });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected Task<JsonObject> BuyAsync(TestBranch branch, JobMember member, decimal amount, long? pointsUsed = null) =>
        BuyAsync(branch, member, [amount], pointsUsed);

    /// <summary>Runs a job by hand for a date (the clock must have reached it) and returns the run's report.</summary>
    protected async Task<JsonObject> RunAsync(string job, DateOnly asOf)
    {
        var response = await HeadOffice().PostAsync(RunRoute(job, asOf), null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await ReadJsonAsync(response);
        report["job"]!.GetValue<string>().ShouldBe(job);
        report["asOf"]!.GetValue<string>().ShouldBe(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return report;
    }

    /// <summary>Runs a job that must not be skipped and returns how many things it changed.</summary>
    protected async Task<int> ProcessedAsync(string job, DateOnly asOf)
    {
        var report = await RunAsync(job, asOf);
        report["skipped"]!.GetValue<bool>().ShouldBeFalse(report.ToJsonString());
        report["failed"]!.GetValue<int>().ShouldBe(0, report.ToJsonString());
        return report["processed"]!.GetValue<int>();
    }

    /// <summary>The member as their home branch sees them through the API.</summary>
    protected async Task<JsonObject> MemberAsync(JobMember member)
    {
        var response = await HeadOffice().GetAsync($"/api/v1/branch/members/{member.MemberId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadJsonAsync(response);
    }

    protected async Task<long> BalanceAsync(JobMember member) => (await MemberAsync(member))["pointsBalance"]!.GetValue<long>();

    protected async Task<string> TierAsync(JobMember member) => (await MemberAsync(member))["tier"]!.GetValue<string>();

    protected async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of a query as text (cast dates and numbers to text in the SQL), for whole-row assertions.</summary>
    protected async Task<List<string[]>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    /// <summary>The Expire entries of a member: (points, lot id), oldest first.</summary>
    protected Task<List<string[]>> ExpiriesAsync(JobMember member) =>
        RowsAsync("SELECT points::text, lot_id::text FROM membercard.points_ledger WHERE member_id = @id AND kind = 'Expire' ORDER BY id", ("id", member.MemberId));

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
