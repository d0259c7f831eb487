namespace MemberCard.Api.IntegrationTests.ReadReplica;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Security;
using MemberCard.Api.IntegrationTests.Service;
using Npgsql;

/// <summary>
/// The read model served by a read-only connection: the KPI and list reads work there, and branch scoping holds
/// on that path as on the primary (the same context class and query filters, not a second implementation).
/// </summary>
public sealed class ReadReplicaIsolationTests(ReadOnlyReplicaFixture replica)
    : IsolationTestBase(replica.Api), IClassFixture<ReadOnlyReplicaFixture>
{
    [Fact]
    public async Task ReadOnlyConnection_WhenItRefusesWrites_StillServesKpisAndListsFromIt()
    {
        var world = await ServiceMatrixData.AddAsync(await BuildWorldAsync());
        await using (var connection = new NpgsqlConnection(ReadOnlyReplicaFixture.ReadOnly(Factory.ConnectionString)))
        {
            await connection.OpenAsync();
            await using var write = new NpgsqlCommand("CREATE TEMPORARY TABLE read_only_probe (id int)", connection);
            (await Should.ThrowAsync<PostgresException>(() => write.ExecuteNonQueryAsync())).SqlState.ShouldBe("25006");
        }

        var kpis = await HeadOffice().GetAsync("/api/v1/hq/kpis");
        var trend = await HeadOffice().GetAsync("/api/v1/hq/kpis/trend");
        var csv = await HeadOffice().GetAsync("/api/v1/hq/kpis.csv");
        var outbox = await HeadOffice().GetAsync("/api/v1/hq/outbox");
        var audit = await HeadOffice().GetAsync("/api/v1/hq/audit");
        var members = await world.BranchA.Client.GetAsync("/api/v1/branch/members");
        var ready = await Anonymous().GetAsync("/health/ready");

        foreach (var response in new[] { kpis, trend, csv, outbox, audit, members })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{response.RequestMessage!.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        }

        (await ReadJsonAsync(kpis))["branches"]!.AsArray().Count.ShouldBe(2);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        (await ReadModelSessionsAsync()).ShouldBeGreaterThan(0, "the reads went through the read-only connection");
    }

    [Fact]
    public async Task ReadModelRoutes_WhenBranchAAsksForBranchBData_ShowOnlyItsOwnAndReturn404ForBranchB()
    {
        var world = await ServiceMatrixData.AddAsync(await BuildWorldAsync());

        var members = await ReadJsonAsync(await world.BranchA.Client.GetAsync("/api/v1/branch/members"));
        var searchB = await ReadJsonAsync(await world.BranchA.Client.GetAsync("/api/v1/branch/members?search=" + Uri.EscapeDataString(world.IssuedCardOfB.Phone[^4..])));
        var resultsOfB = await world.BranchA.Client.GetAsync($"/api/v1/branch/campaign-plans/{world.PlanOfB}/results");
        var resultsOfA = await world.BranchA.Client.GetAsync($"/api/v1/branch/campaign-plans/{world.PlanOfA}/results");
        var kpis = await ReadJsonAsync(await world.BranchA.Client.GetAsync("/api/v1/branch/kpis"));

        members["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).Order()
            .ShouldBe(world.MembersOfA.Select(m => m.MemberId).Order());
        searchB["totalCount"]!.GetValue<int>().ShouldBe(0);
        (await ProblemMismatchAsync(resultsOfB, HttpStatusCode.NotFound)).ShouldBeNull();
        resultsOfA.StatusCode.ShouldBe(HttpStatusCode.OK, await resultsOfA.Content.ReadAsStringAsync());
        kpis["branchCode"]!.GetValue<string>().ShouldBe(world.BranchA.Code);
        (await ReadModelSessionsAsync()).ShouldBeGreaterThan(0, "the reads went through the read-only connection");
    }

    // Pooled connections stay open after the request: the read model's show up under their application name.
    private async Task<long> ReadModelSessionsAsync()
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        command.Parameters.AddWithValue("name", ReadOnlyReplicaFixture.ApplicationName);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
