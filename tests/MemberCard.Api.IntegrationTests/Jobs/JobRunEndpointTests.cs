namespace MemberCard.Api.IntegrationTests.Jobs;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>
/// The HQ job routes: running a job by name for a date, refusing unknown jobs and bad or future dates, the run
/// history, head office only, and the cluster-wide lock that keeps two runs of one job apart.
/// </summary>
public sealed class JobRunEndpointTests(MemberCardApiFactory factory) : JobsTestBase(factory)
{
    private const string RunsRoute = "/api/v1/hq/jobs/runs";
    private static readonly DateOnly EarnedOn = new(2026, 3, 15);
    private static readonly DateOnly ExpiresOn = new(2028, 3, 15);

    [Fact]
    public async Task Run_WhenJobNameIsUnknown_Returns404AndWritesNothing()
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsync("/api/v1/hq/jobs/points-expiry-now/run", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "job.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    public async Task Run_WhenAsOfIsNotADate_Returns400NamingAsOf(string asOf)
    {
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsync($"/api/v1/hq/jobs/{PointsExpiry}/run?asOf={asOf}", null);

        await response.ShouldBeUnreadableBodyAsync("asOf");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Run_WhenAsOfIsAfterTodaysBusinessDate_Returns400NamingAsOfAndExpiresNothing()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("JR001", "755");
        var member = await ActiveMemberAsync(branch, "13800138031");
        await BuyAsync(branch, member, 100m);
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsync(RunRoute(PointsExpiry, ExpiresOn), null);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "job.as_of_in_future", "asOf");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await BalanceAsync(member)).ShouldBe(100);
    }

    [Fact]
    public async Task Run_WhenAsOfIsOmitted_RunsForTodaysBusinessDateInChina()
    {
        // 01:00 in Shanghai on 30 June is still 29 June in UTC.
        At(new DateOnly(2026, 6, 30), 1);

        var response = await HeadOffice().PostAsync($"/api/v1/hq/jobs/{TierReview}/run", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await ReadJsonAsync(response);
        report["job"]!.GetValue<string>().ShouldBe(TierReview);
        report["asOf"]!.GetValue<string>().ShouldBe("2026-06-30");
        report["skipped"]!.GetValue<bool>().ShouldBeFalse();
        report["processed"]!.GetValue<int>().ShouldBe(0);
        report["startedAt"]!.GetValue<DateTimeOffset>().ShouldBe(Factory.Clock.GetUtcNow());
        report["finishedAt"]!.GetValue<DateTimeOffset>().ShouldBe(Factory.Clock.GetUtcNow());
        (await RowsAsync("SELECT name, as_of::text, trigger FROM membercard.job_runs WHERE finished_at IS NOT NULL"))
            .ShouldHaveSingleItem().ShouldBe([TierReview, "2026-06-30", "manual"]);
    }

    [Fact]
    public async Task ListRuns_AfterManualRuns_ListsThemNewestFirstAndFiltersByName()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("JR002", "755");
        var member = await ActiveMemberAsync(branch, "13800138032");
        await BuyAsync(branch, member, 100m);
        On(ExpiresOn);
        await ProcessedAsync(PointsExpiry, ExpiresOn);
        await ProcessedAsync(TierReview, ExpiresOn.AddDays(-1));
        var hq = HeadOffice();

        var all = await hq.GetFromJsonAsync<JsonArray>(RunsRoute);
        var expiries = await hq.GetFromJsonAsync<JsonArray>(RunsRoute + "?name=" + PointsExpiry);
        var latest = await hq.GetFromJsonAsync<JsonArray>(RunsRoute + "?take=1");
        var badTake = await hq.GetAsync(RunsRoute + "?take=0");

        all!.Select(r => r!["name"]!.GetValue<string>()).ShouldBe([TierReview, PointsExpiry]);
        var expiry = expiries!.ShouldHaveSingleItem()!;
        expiry["asOf"]!.GetValue<string>().ShouldBe("2028-03-15");
        expiry["trigger"]!.GetValue<string>().ShouldBe("manual");
        expiry["processed"]!.GetValue<int>().ShouldBe(1);
        expiry["startedAt"]!.GetValue<DateTimeOffset>().ShouldBe(Factory.Clock.GetUtcNow());
        expiry["finishedAt"]!.GetValue<DateTimeOffset>().ShouldBe(Factory.Clock.GetUtcNow());
        latest!.ShouldHaveSingleItem()!["name"]!.GetValue<string>().ShouldBe(TierReview);
        await badTake.ShouldBeValidationProblemAsync("take");
    }

    [Theory]
    [InlineData("POST", "/api/v1/hq/jobs/points-expiry/run")]
    [InlineData("GET", "/api/v1/hq/jobs/runs")]
    public async Task JobRoutes_WithBranchKey_Return403AndRunNothing(string method, string route)
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("JR003", "755");
        var member = await ActiveMemberAsync(branch, "13800138033");
        await BuyAsync(branch, member, 100m);
        On(ExpiresOn);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), route));
        var anonymous = await Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), route));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        (await BalanceAsync(member)).ShouldBe(100);
    }

    [Fact]
    public async Task Run_WhenAnotherInstanceHoldsTheJobLock_ReportsAlreadyRunningAndWritesNothing()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("JR004", "755");
        var member = await ActiveMemberAsync(branch, "13800138034");
        await BuyAsync(branch, member, 100m);
        On(ExpiresOn);
        var before = await SnapshotDatabaseAsync();
        JsonObject whileHeld;
        IReadOnlyDictionary<string, string> afterSkip;

        // Another API instance running the job looks exactly like this: a session holding the job's advisory lock.
        await using (var otherInstance = await Factory.OpenConnectionAsync())
        {
            await using var take = otherInstance.CreateCommand();
            take.CommandText = "SELECT pg_advisory_lock(hashtextextended('membercard:job:points-expiry', 0))";
            await take.ExecuteScalarAsync();
            whileHeld = await RunAsync(PointsExpiry, ExpiresOn);
            afterSkip = await SnapshotDatabaseAsync();

            // A pooled session keeps its advisory locks after Dispose: let go explicitly.
            await using var release = otherInstance.CreateCommand();
            release.CommandText = "SELECT pg_advisory_unlock(hashtextextended('membercard:job:points-expiry', 0))";
            (await release.ExecuteScalarAsync()).ShouldBe(true);
        }

        var afterRelease = await ProcessedAsync(PointsExpiry, ExpiresOn);

        whileHeld["skipped"]!.GetValue<bool>().ShouldBeTrue();
        whileHeld["skipReason"]!.GetValue<string>().ShouldBe("already_running");
        whileHeld["processed"]!.GetValue<int>().ShouldBe(0);
        afterSkip.ShouldBeUnchanged(before);
        afterRelease.ShouldBe(1);
        (await ExpiriesAsync(member)).Select(e => e[0]).ShouldBe(["-100"]);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.job_runs")).ShouldBe(1);
    }

    [Fact]
    public async Task Run_WhenTwoRunsOfTheSameJobStartTogether_ExpiresEachLotExactlyOnce()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("JR005", "755");
        var members = new List<JobMember>();
        for (var i = 0; i < 4; i++)
        {
            var member = await ActiveMemberAsync(branch, $"1380013804{i}");
            await BuyAsync(branch, member, 100m + i);
            members.Add(member);
        }

        On(ExpiresOn);
        var hq = HeadOffice();

        var responses = await Task.WhenAll(hq.PostAsync(RunRoute(PointsExpiry, ExpiresOn), null), hq.PostAsync(RunRoute(PointsExpiry, ExpiresOn), null));

        var reports = new List<JsonObject>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            reports.Add(await ReadJsonAsync(response));
        }

        reports.Count(r => !r["skipped"]!.GetValue<bool>()).ShouldBeGreaterThanOrEqualTo(1);
        reports.Where(r => r["skipped"]!.GetValue<bool>()).ShouldAllBe(r => r["skipReason"]!.GetValue<string>() == "already_running");
        reports.Sum(r => r["processed"]!.GetValue<int>()).ShouldBe(4);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Expire'")).ShouldBe(4);
        foreach (var member in members)
        {
            (await ExpiriesAsync(member)).Count.ShouldBe(1);
            (await BalanceAsync(member)).ShouldBe(0);
        }

        await AssertPointsBooksBalanceAsync();
    }
}
