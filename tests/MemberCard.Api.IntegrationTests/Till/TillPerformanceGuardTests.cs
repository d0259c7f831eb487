namespace MemberCard.Api.IntegrationTests.Till;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>
/// What keeps the till fast, checked without timing anything: the statements a lookup and a commit send (each
/// Npgsql command is one round trip; the commit adds its COMMIT; none touches a shared KPI rollup row), the
/// lookup's plan, and the cached programme and campaigns giving way at once to a change made elsewhere (another
/// instance, or SQL).
/// </summary>
public sealed class TillPerformanceGuardTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    private const string LookupRoute = "/api/v1/branch/cards/lookup?code=";

    [Fact]
    public void ConnectionPool_ByDefault_IsNeverPruned()
    {
        // Npgsql's pruning closes many idle connections at once, and under a steady load that was a burst of 503s.
        var pool = new NpgsqlConnectionStringBuilder(Factory.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString);

        pool.MinPoolSize.ShouldBe(pool.MaxPoolSize);
    }

    [Fact]
    public async Task Lookup_WhenACardIsScanned_SendsOneStatement()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        (await branch.Client.GetAsync(LookupRoute + member.CardNumber)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var statements = await StatementsOfAsync(branch.Client, new HttpRequestMessage(HttpMethod.Get, LookupRoute + member.CardNumber));

        statements.Count.ShouldBe(1, string.Join(Environment.NewLine, statements));
    }

    [Fact]
    public async Task Lookup_PlanOfTheCardScan_ProbesIndexesAndScansNoTable()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        (await branch.Client.GetAsync(LookupRoute + member.CardNumber)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var statement = (await StatementsOfAsync(branch.Client, new HttpRequestMessage(HttpMethod.Get, LookupRoute + member.CardNumber))).Single();

        var plan = await PlanAsync(statement, ("number", member.CardNumber));

        plan.ShouldNotContain("Seq Scan", Case.Sensitive, plan);
        plan.ShouldNotContain("WindowAgg", Case.Sensitive, plan);
    }

    [Fact]
    public async Task Commit_WhenNew_LocksReadsAndWritesThePurchaseInThreeStatements()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 10.00m)]);

        var statements = await StatementsOfAsync(branch.Client, Commit("R-0002", member.CardNumber));

        // The KPI rollups ride in the save's batch as an appended delta row: no statement of their own, and no
        // shared branch-day row locked until the commit has flushed (folded into the rollups off the till's path).
        var report = string.Join(Environment.NewLine + "--" + Environment.NewLine, statements);
        statements.Count.ShouldBe(3, report);
        statements[0].ShouldContain("FOR UPDATE", Case.Sensitive, report);
        statements[1].ShouldStartWith("SELECT", Case.Sensitive, report);
        statements[2].ShouldContain("UPDATE membercard.members", Case.Sensitive, report);
        statements[2].ShouldContain("INSERT INTO membercard.purchases", Case.Sensitive, report);
        statements[2].ShouldContain("INSERT INTO membercard.points_ledger", Case.Sensitive, report);
        statements[2].ShouldContain("INSERT INTO membercard.kpi_deltas", Case.Sensitive, report);
        statements.ShouldAllBe(s => !s.Contains("branch_daily_stats") && !s.Contains("branch_monthly_stats") && !s.Contains("branch_monthly_points") && !s.Contains("member_branch_month_activity"), report);
        (await CountAsync("SELECT count(*) FROM membercard.purchases")).ShouldBe(2);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenPaidByPhone_LocksTheMemberOfThePhonesCurrentCard()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var receipt = await CommittedAsync(branch.Client, "R-0001", member.Phone, [TillLine.Regular("TEA", 1, 10.00m)]);

        receipt["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        (await BalanceOfAsync(member)).ShouldBe(10);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Commit_WhenProgrammeChangedElsewhere_PricesWithTheNewSettingsAtOnce()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("TEA", 1, 60.00m)]);
        await ExecuteSqlAsync("UPDATE membercard.programme_settings SET single_purchase_upgrade_threshold = 50");

        var receipt = await CommittedAsync(branch.Client, "R-0002", member.CardNumber, [TillLine.Regular("TEA", 1, 60.00m)]);

        receipt["tier"]!.GetValue<string>().ShouldBe("Silver", "the threshold another instance lowered to 50 applies to the next commit");
        receipt["tierChangeReason"]!.GetValue<string>().ShouldBe("single_purchase");
    }

    [Fact]
    public async Task Lookup_WhenTierDiscountChangedElsewhere_ShowsTheNewRateAtOnce()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await ReadJsonAsync(await branch.Client.GetAsync(LookupRoute + member.CardNumber));
        await ExecuteSqlAsync("UPDATE membercard.programme_settings SET tiers = jsonb_set(tiers, '{0,DiscountRate}', '0.97')");

        var after = await ReadJsonAsync(await branch.Client.GetAsync(LookupRoute + member.CardNumber));

        Money(before["discountRate"]).ShouldBe(1.00m);
        Money(after["discountRate"]).ShouldBe(0.97m);
    }

    [Fact]
    public async Task Commit_WhenACampaignStartsAfterTheDaysFirstCommit_EarnsItOnTheNextCommit()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await CommittedAsync(branch.Client, "R-0001", member.CardNumber, [TillLine.Regular("OOLONG", 1, 10.00m, "TEA")]);
        await InsertCampaignAsync("Tea afternoon", 3m, Today, Today, [branch.Id], ["TEA"]);

        var receipt = await CommittedAsync(branch.Client, "R-0002", member.CardNumber, [TillLine.Regular("OOLONG", 1, 10.00m, "TEA")]);

        Points(receipt["pointsEarned"]).ShouldBe(30);
    }

    [Fact]
    public async Task Commit_WhenTwoCardsRaceUnderOneReceipt_OneCommitsAndTheOtherGets409ReceiptConflict()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var first = await ActiveMemberAsync(branch, "13800000001");
        var second = await ActiveMemberAsync(branch, "13800000002");

        var responses = await Task.WhenAll(
            CommitAsync(branch.Client, "R-0001", first.CardNumber, [TillLine.Regular("TEA", 1, 10.00m)]),
            CommitAsync(branch.Client, "R-0001", second.CardNumber, [TillLine.Regular("TEA", 1, 10.00m)]));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.Created).ShouldBeProblemAsync(HttpStatusCode.Conflict, "purchase.receipt_conflict");
        (await CountAsync("SELECT count(*) FROM membercard.purchases")).ShouldBe(1);
        await AssertPointsBooksBalanceAsync();
    }

    private static HttpRequestMessage Commit(string receiptNo, string code) => new(HttpMethod.Post, PurchasesRoute)
    {
        Content = System.Net.Http.Json.JsonContent.Create(new { receiptNo, code, lines = new[] { TillLine.Regular("TEA", 1, 10.00m) } }),
    };

    /// <summary>
    /// The SQL of every command Npgsql sent for one request: the request carries its own trace id, and Npgsql's
    /// activities are children of the request's, so other work on the server does not count.
    /// </summary>
    private static async Task<IReadOnlyList<string>> StatementsOfAsync(HttpClient client, HttpRequestMessage request)
    {
        var traceId = ActivityTraceId.CreateRandom();
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == traceId
                    && (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) is string sql)
                {
                    statements.Enqueue(sql);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return [.. statements];
    }

    /// <summary>The plan with sequential scans priced out, so a scan in it means no index can answer the query.</summary>
    private async Task<string> PlanAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using (var off = connection.CreateCommand())
        {
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN " + sql;
        foreach (var (name, value) in parameters)
        {
            explain.Parameters.AddWithValue(name, value);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
