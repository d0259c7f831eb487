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
            var hq = HeadOfficeOf(busy);
            await using var slot = await TakeTheOnlySlotAsync(busy, hq, "AC001");

            var rejected = await hq.GetAsync("/api/v1/hq/branches");
            var renamed = await slot.ReleaseAsync();
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
            var hq = HeadOfficeOf(busy);
            await using var slot = await TakeTheOnlySlotAsync(busy, hq, "AC002");

            var waiting = hq.GetAsync("/api/v1/hq/branches");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            var waitedWhileHeld = waiting.IsCompleted;
            var renamed = await slot.ReleaseAsync();
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

    private static HttpClient HeadOfficeOf(MemberCardApiFactory busy)
    {
        var hq = busy.CreateClient();
        hq.DefaultRequestHeaders.Add("X-Api-Key", MemberCardApiFactory.HeadOfficeKey);
        return hq;
    }

    /// <summary>
    /// Opens a branch, locks its row from the test, and sends its rename: the rename holds a request slot, blocked
    /// in the database, until <see cref="HeldSlot.ReleaseAsync"/>.
    /// </summary>
    private static async Task<HeldSlot> TakeTheOnlySlotAsync(MemberCardApiFactory busy, HttpClient hq, string branchCode)
    {
        var opened = await hq.PostAsJsonAsync("/api/v1/hq/branches", new { code = branchCode, name = branchCode + " store", regionCode = "010", kind = "Direct" });
        opened.StatusCode.ShouldBe(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var branchId = (await opened.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var holder = new NpgsqlConnection(busy.ConnectionString);
        await holder.OpenAsync();
        var transaction = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM membercard.branches WHERE id = @id FOR UPDATE", holder, transaction))
        {
            lockRow.Parameters.AddWithValue("id", Guid.Parse(branchId));
            await lockRow.ExecuteScalarAsync();
        }

        var rename = hq.PatchAsJsonAsync($"/api/v1/hq/branches/{branchId}", new { name = branchCode + " renamed" });
        await WaitForRequestBlockedOnLockAsync(busy.ConnectionString);
        return new HeldSlot(holder, transaction, rename);
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

    private sealed class HeldSlot(NpgsqlConnection holder, NpgsqlTransaction transaction, Task<HttpResponseMessage> request) : IAsyncDisposable
    {
        /// <summary>Releases the row lock and returns the answer of the request that held the slot.</summary>
        public async Task<HttpResponseMessage> ReleaseAsync()
        {
            await transaction.RollbackAsync();
            return await request;
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await holder.DisposeAsync();
        }
    }
}
