namespace MemberCard.Api.IntegrationTests.Faults;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>
/// The database going away under a running API: each test drives an API instance of its own (through a proxy it
/// can cut, or under an application name only its sessions carry), so the other tests on the shared database are
/// untouched. scripts/fault-check does the same at scale with a real PostgreSQL restart.
/// </summary>
public sealed class DatabaseFaultTests(MemberCardApiFactory factory) : TillTestBase(factory)
{
    private static readonly TillLine[] Basket = [TillLine.Regular("RICE-5KG", 2, 49.50m, "grocery")];

    [Fact]
    public async Task Ready_WhenTheDatabaseIsCutOff_IsUnhealthyAndRecoversWithoutARestart()
    {
        await using var proxy = new DatabaseProxy();
        var api = await StartApiAsync(proxy.Route);
        try
        {
            var client = api.CreateClient();
            var before = await client.GetAsync("/health/ready");

            proxy.Cut();
            var whileCut = await client.GetAsync("/health/ready");
            var liveWhileCut = await client.GetAsync("/health/live");
            proxy.Restore();
            var after = await client.GetAsync("/health/ready");

            before.StatusCode.ShouldBe(HttpStatusCode.OK);
            whileCut.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            liveWhileCut.StatusCode.ShouldBe(HttpStatusCode.OK);
            after.StatusCode.ShouldBe(HttpStatusCode.OK, await after.Content.ReadAsStringAsync());
        }
        finally
        {
            await StopApiAsync(api);
        }
    }

    [Fact]
    public async Task Commit_WhenTheDatabaseIsCutOff_Returns503WithRetryAfterAndTheRetryIsStoredOnce()
    {
        var branch = await OpenBranchAsync("SZF01", "755");
        var member = await ActiveMemberAsync(branch, "13800138001");
        await using var proxy = new DatabaseProxy();
        var api = await StartApiAsync(proxy.Route);
        try
        {
            var till = TillOf(api, branch);
            (await CommitAsync(till, "F-WARM", member.CardNumber, Basket)).StatusCode.ShouldBe(HttpStatusCode.Created);

            proxy.Cut();
            var failed = await CommitAsync(till, "F-0001", member.CardNumber, Basket);
            proxy.Restore();
            var retried = await CommitAsync(till, "F-0001", member.CardNumber, Basket);

            await failed.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");
            failed.Headers.RetryAfter.ShouldNotBeNull();
            retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
            (await StoredCountAsync("F-0001")).ShouldBe(1);
            await AssertPointsBooksBalanceAsync();
        }
        finally
        {
            await StopApiAsync(api);
        }
    }

    /// <summary>
    /// An idle pooled connection whose session was killed fails the one request that picks it up: that request is a
    /// 503 the till retries, never a 500, and the pool is dropped with it so the requests after it are served.
    /// </summary>
    [Fact]
    public async Task Commit_WhenTheApisSessionsWereTerminated_Is503OnceAndTheRetryIsStoredOnce()
    {
        var branch = await OpenBranchAsync("SZF02", "755");
        var member = await ActiveMemberAsync(branch, "13800138002");
        var applicationName = "mc-fault-" + Guid.NewGuid().ToString("N")[..12];
        var api = await StartApiAsync(cs => cs + ";Application Name=" + applicationName);
        try
        {
            var till = TillOf(api, branch);
            (await CommitAsync(till, "T-WARM", member.CardNumber, Basket)).StatusCode.ShouldBe(HttpStatusCode.Created);

            var terminated = await TerminateSessionsAsync(applicationName, waitingForLock: false);
            var first = await CommitAsync(till, "T-0001", member.CardNumber, Basket);
            var retried = await CommitAsync(till, "T-0001", member.CardNumber, Basket);
            var next = await CommitAsync(till, "T-0002", member.CardNumber, Basket);

            terminated.ShouldBeGreaterThan(0);
            await first.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");
            first.Headers.RetryAfter.ShouldNotBeNull();
            retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
            next.StatusCode.ShouldBe(HttpStatusCode.Created, await next.Content.ReadAsStringAsync());
            (await StoredCountAsync("T-0001")).ShouldBe(1);
            await AssertPointsBooksBalanceAsync();
        }
        finally
        {
            await StopApiAsync(api);
        }
    }

    [Fact]
    public async Task Commit_WhenItsSessionIsTerminatedMidCommit_Returns503AndTheRetryIsStoredOnce()
    {
        var branch = await OpenBranchAsync("SZF03", "755");
        var member = await ActiveMemberAsync(branch, "13800138003");
        var applicationName = "mc-fault-" + Guid.NewGuid().ToString("N")[..12];
        var api = await StartApiAsync(cs => cs + ";Application Name=" + applicationName);
        try
        {
            var till = TillOf(api, branch);
            (await CommitAsync(till, "M-WARM", member.CardNumber, Basket)).StatusCode.ShouldBe(HttpStatusCode.Created);
            var balanceBefore = await BalanceAsync(member);

            // Another session holds the member's row, so the commit stops mid-way, inside its transaction.
            HttpResponseMessage failed;
            await using (var holder = await Factory.OpenConnectionAsync())
            {
                await using var hold = await holder.BeginTransactionAsync();
                await ExecuteOnAsync(holder, "SELECT 1 FROM membercard.members WHERE id = @id FOR UPDATE", member.MemberId);
                var inFlight = CommitAsync(till, "M-0001", member.CardNumber, Basket);
                (await TerminateSessionsAsync(applicationName, waitingForLock: true)).ShouldBe(1);
                failed = await inFlight;
                await hold.RollbackAsync();
            }

            var retried = await CommitAsync(till, "M-0001", member.CardNumber, Basket);

            await failed.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "database.unavailable");
            failed.Headers.RetryAfter.ShouldNotBeNull();
            retried.StatusCode.ShouldBe(HttpStatusCode.Created, await retried.Content.ReadAsStringAsync());
            retried.Headers.GetValues(ReplayedHeader).Single().ShouldBe("false");
            var receipt = await ReadJsonAsync(retried);
            (await StoredCountAsync("M-0001")).ShouldBe(1);
            (await BalanceAsync(member)).ShouldBe(balanceBefore + receipt["pointsEarned"]!.GetValue<long>());
            await AssertPointsBooksBalanceAsync();
        }
        finally
        {
            await StopApiAsync(api);
        }
    }

    private static async Task<MemberCardApiFactory> StartApiAsync(Func<string, string> route)
    {
        var api = new MemberCardApiFactory { ApiConnectionString = route };
        await api.InitializeAsync();
        return api;
    }

    private static Task StopApiAsync(MemberCardApiFactory api) => ((IAsyncLifetime)api).DisposeAsync();

    private static HttpClient TillOf(MemberCardApiFactory api, TestBranch branch)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", branch.Client.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        return client;
    }

    /// <summary>
    /// Terminates the API instance's sessions, all of them or (mid-commit) the one waiting for a row lock, once it
    /// waits: the wait is for the commit to reach the lock, bounded so a broken API fails the test instead of hanging it.
    /// </summary>
    private async Task<long> TerminateSessionsAsync(string applicationName, bool waitingForLock)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE application_name = @name AND (NOT @waiting OR wait_event_type = 'Lock')
                """;
            command.Parameters.AddWithValue("name", applicationName);
            command.Parameters.AddWithValue("waiting", waitingForLock);
            var terminated = (long)(await command.ExecuteScalarAsync())!;
            if (terminated > 0 || !waitingForLock)
            {
                return terminated;
            }

            await Task.Delay(50);
        }

        return 0;
    }

    private Task<long> StoredCountAsync(string receiptNo) =>
        CountAsync("SELECT count(*) FROM membercard.purchases WHERE receipt_no = @receipt", ("receipt", receiptNo));

    private Task<long> BalanceAsync(TillMember member) =>
        ScalarAsync<long>("SELECT points_balance FROM membercard.members WHERE id = @id", ("id", member.MemberId));

    private static async Task ExecuteOnAsync(Npgsql.NpgsqlConnection connection, string sql, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }
}
