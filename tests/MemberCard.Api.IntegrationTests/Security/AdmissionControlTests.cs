namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Npgsql;

/// <summary>
/// An instance works on a bounded number of requests and lets a bounded number wait; past that it says it is busy
/// at once (503 with Retry-After) instead of letting every till's request queue behind thousands of others.
/// </summary>
public sealed class AdmissionControlTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task AnyRoute_WhenTheOnlySlotIsTakenAndNoneMayWait_Returns503ProblemAndServesAgainOnceFree()
    {
        var busy = new MemberCardApiFactory { Admission = (1, 0) };
        await busy.InitializeAsync();
        try
        {
            var hq = busy.CreateClient();
            hq.DefaultRequestHeaders.Add("X-Api-Key", MemberCardApiFactory.HeadOfficeKey);
            var opened = await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code = "AC001", name = "AC001 store", regionCode = "010", kind = "Direct" });
            opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
            var branchId = (await opened.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

            // The branch row is locked by this test, so the rename holds the instance's only slot until released.
            await using var holder = new NpgsqlConnection(busy.ConnectionString);
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM membercard.branches WHERE id = @id FOR UPDATE", holder, transaction))
            {
                lockRow.Parameters.AddWithValue("id", Guid.Parse(branchId));
                await lockRow.ExecuteScalarAsync();
            }

            var rename = hq.PatchAsJsonAsync($"/api/v1/hq/branches/{branchId}", new { name = "AC001 renamed" });
            await WaitForRequestBlockedOnLockAsync(busy.ConnectionString);
            var rejected = await hq.GetAsync("/api/v1/hq/branches");
            await transaction.RollbackAsync();
            var renamed = await rename;
            var servedAgain = await hq.GetAsync("/api/v1/hq/branches");

            var body = await rejected.Content.ReadAsStringAsync();
            rejected.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
            rejected.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe("overloaded");
            rejected.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(1));
            renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
            servedAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await ((IAsyncLifetime)busy).DisposeAsync();
        }
    }

    [Fact]
    public async Task AnyRoute_WhenTheSlotIsTakenButOneMayWait_ServesTheWaitingRequestAfterwards()
    {
        var busy = new MemberCardApiFactory { Admission = (1, 1) };
        await busy.InitializeAsync();
        try
        {
            var hq = busy.CreateClient();
            hq.DefaultRequestHeaders.Add("X-Api-Key", MemberCardApiFactory.HeadOfficeKey);
            var opened = await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code = "AC002", name = "AC002 store", regionCode = "010", kind = "Direct" });
            opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
            var branchId = (await opened.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            await using var holder = new NpgsqlConnection(busy.ConnectionString);
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM membercard.branches WHERE id = @id FOR UPDATE", holder, transaction))
            {
                lockRow.Parameters.AddWithValue("id", Guid.Parse(branchId));
                await lockRow.ExecuteScalarAsync();
            }

            var rename = hq.PatchAsJsonAsync($"/api/v1/hq/branches/{branchId}", new { name = "AC002 renamed" });
            await WaitForRequestBlockedOnLockAsync(busy.ConnectionString);
            var waiting = hq.GetAsync("/api/v1/hq/branches");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            var waitedWhileHeld = waiting.IsCompleted;
            await transaction.RollbackAsync();
            var renamed = await rename;
            var listed = await waiting;

            waitedWhileHeld.ShouldBeFalse();
            renamed.StatusCode.ShouldBe(HttpStatusCode.OK, await renamed.Content.ReadAsStringAsync());
            listed.StatusCode.ShouldBe(HttpStatusCode.OK, await listed.Content.ReadAsStringAsync());
        }
        finally
        {
            await ((IAsyncLifetime)busy).DisposeAsync();
        }
    }

    private static async Task WaitForRequestBlockedOnLockAsync(string connectionString)
    {
        await using var observer = new NpgsqlConnection(connectionString);
        await observer.OpenAsync();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var probe = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%branches%'",
                observer);
            if ((long)(await probe.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("The rename never reached the locked branch row.");
    }
}
