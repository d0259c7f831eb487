namespace MemberCard.Api.IntegrationTests.ReadReplica;

using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Application.Common.Interfaces;
using MemberCard.Domain.Branches;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>A read replica that is down costs nothing but the replica: the primary answers, and readiness says so.</summary>
public sealed class ReadReplicaFallbackTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task KpiAndListReads_WhenTheReplicaIsDown_AreServedByThePrimaryAndReadinessIsDegraded()
    {
        var deadPort = UnusedPort();
        var api = new MemberCardApiFactory
        {
            ReadOnlyConnectionString = primary => new NpgsqlConnectionStringBuilder(primary) { Host = "127.0.0.1", Port = deadPort }.ConnectionString,
        };
        await api.InitializeAsync();
        try
        {
            var hq = await HeadOfficeWithBranchAsync(api, "RR001");

            var kpis = await hq.GetAsync("/api/v1/hq/kpis");
            var trend = await hq.GetAsync("/api/v1/hq/kpis/trend");
            var outbox = await hq.GetAsync("/api/v1/hq/outbox");
            var ready = await api.CreateClient().GetAsync("/health/ready");

            kpis.StatusCode.ShouldBe(HttpStatusCode.OK, await kpis.Content.ReadAsStringAsync());
            (await ReadJsonAsync(kpis))["branches"]!.AsArray().Single()!["branchCode"]!.GetValue<string>().ShouldBe("RR001");
            trend.StatusCode.ShouldBe(HttpStatusCode.OK, await trend.Content.ReadAsStringAsync());
            outbox.StatusCode.ShouldBe(HttpStatusCode.OK, await outbox.Content.ReadAsStringAsync());
            ready.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ready.Content.ReadAsStringAsync()).ShouldBe("Degraded");
        }
        finally
        {
            await ((IAsyncLifetime)api).DisposeAsync();
        }
    }

    [Fact]
    public async Task KpiRead_WhenTheReplicaSessionDiesWhileTheRouterThinksItHealthy_IsRetriedOnThePrimary()
    {
        const string replicaName = "membercard-replica-retry-test";
        var api = new MemberCardApiFactory
        {
            ReadOnlyConnectionString = primary => new NpgsqlConnectionStringBuilder(ReadOnlyReplicaFixture.ReadOnly(primary)) { ApplicationName = replicaName }.ConnectionString,

            // No check between the kill and the read: only the failed query itself can tell the router.
            ReadReplicaCheckInterval = TimeSpan.FromHours(1),
        };
        await api.InitializeAsync();
        try
        {
            var hq = await HeadOfficeWithBranchAsync(api, "RR002");
            (await hq.GetAsync("/api/v1/hq/kpis")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var readyBefore = await (await api.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();
            var killed = await TerminateSessionsAsync(replicaName);

            var kpis = await hq.GetAsync("/api/v1/hq/kpis");
            var outbox = await hq.GetAsync("/api/v1/hq/outbox");
            var ready = await api.CreateClient().GetAsync("/health/ready");

            readyBefore.ShouldBe("Healthy");
            killed.ShouldBeGreaterThan(0, "the first read went through the replica's connection, idle in its pool now");
            kpis.StatusCode.ShouldBe(HttpStatusCode.OK, await kpis.Content.ReadAsStringAsync());
            (await ReadJsonAsync(kpis))["branches"]!.AsArray().Single()!["branchCode"]!.GetValue<string>().ShouldBe("RR002");
            outbox.StatusCode.ShouldBe(HttpStatusCode.OK, await outbox.Content.ReadAsStringAsync());
            (await ready.Content.ReadAsStringAsync()).ShouldBe("Degraded");
            (await TerminateSessionsAsync(replicaName)).ShouldBe(0, "the retry and the reads after it went to the primary");
        }
        finally
        {
            await ((IAsyncLifetime)api).DisposeAsync();
        }
    }

    [Fact]
    public async Task Readiness_WhenNoReplicaIsConfigured_IsHealthy()
    {
        var ready = await Anonymous().GetAsync("/health/ready");

        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task ReadModel_WhenAskedToSave_Throws()
    {
        var api = new MemberCardApiFactory { ReadOnlyConnectionString = ReadOnlyReplicaFixture.ReadOnly };
        await api.InitializeAsync();
        try
        {
            using var scope = api.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<IReadModelDb>();
            db.Branches.Add(Branch.Open("RO001", "RO001 store", RegionCode.Create("010"), BranchKind.Direct, DateTimeOffset.UtcNow));

            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        finally
        {
            await ((IAsyncLifetime)api).DisposeAsync();
        }
    }

    /// <summary>Ends the sessions under <paramref name="applicationName"/> and waits until they are gone.</summary>
    /// <summary>A head-office client of the test's own API instance, after it opened one branch (so the KPIs have a row).</summary>
    private static async Task<HttpClient> HeadOfficeWithBranchAsync(MemberCardApiFactory api, string branchCode)
    {
        var hq = api.CreateClient();
        hq.DefaultRequestHeaders.Add("X-Api-Key", MemberCardApiFactory.HeadOfficeKey);
        (await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code = branchCode, name = branchCode + " store", regionCode = "010", kind = "Direct" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        return hq;
    }

    private async Task<long> TerminateSessionsAsync(string applicationName)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name",
            connection);
        command.Parameters.AddWithValue("name", applicationName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
