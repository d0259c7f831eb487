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
            var hq = api.CreateClient();
            hq.DefaultRequestHeaders.Add("X-Api-Key", MemberCardApiFactory.HeadOfficeKey);
            (await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code = "RR001", name = "RR001 store", regionCode = "010", kind = "Direct" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);

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

    private static int UnusedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
