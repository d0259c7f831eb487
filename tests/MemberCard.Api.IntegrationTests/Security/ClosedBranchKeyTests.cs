namespace MemberCard.Api.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>A till key copied from a store that has closed must stop working at once, and stay dead.</summary>
public sealed class ClosedBranchKeyTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task BranchKey_WhenItsBranchIsClosed_Returns401EvenAfterTheBranchReopens()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        (await branch.Client.GetAsync("/api/v1/branch/members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var closed = await HeadOffice().PatchAsJsonAsync($"/api/v1/hq/branches/{branch.Id}", new { status = "Closed" });
        var whileClosed = await branch.Client.GetAsync("/api/v1/branch/members");
        var reopened = await HeadOffice().PatchAsJsonAsync($"/api/v1/hq/branches/{branch.Id}", new { status = "Active" });
        var afterReopening = await branch.Client.GetAsync("/api/v1/branch/members");

        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        whileClosed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK, await reopened.Content.ReadAsStringAsync());
        afterReopening.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var keys = await HeadOffice().GetStringAsync("/api/v1/hq/api-keys");
        keys.ShouldContain(branch.KeyId);
    }

    [Fact]
    public async Task IssueKey_WhenBranchIsClosed_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        (await HeadOffice().PatchAsJsonAsync($"/api/v1/hq/branches/{branch.Id}", new { status = "Closed" })).EnsureSuccessStatusCode();
        var before = await SnapshotDatabaseAsync();

        var issued = await HeadOffice().PostAsJsonAsync("/api/v1/hq/api-keys", new { name = "stolen", role = "Branch", branchCode = "SZ001" });

        await issued.ShouldBeProblemAsync(HttpStatusCode.Conflict, "branch.closed");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }
}
