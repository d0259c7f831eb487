namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

public sealed class FollowUpTaskTests(MemberCardApiFactory factory) : MemberCareTestBase(factory)
{
    [Fact]
    public async Task List_WhenDueAndStatusAreGiven_ListsOpenTasksDueBeforeThatDateBySoonestFirst()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");
        await BuyAsync(sz, member, 10_000m);

        var beforeCall = await GetOkAsync(sz.Client, FollowUpsRoute + "?due=before:2026-04-10&status=Open");
        var withCall = await GetOkAsync(sz.Client, FollowUpsRoute + "?due=before:2026-04-11&status=Open");
        var done = await GetOkAsync(sz.Client, FollowUpsRoute + "?status=Done");

        Steps(beforeCall).ShouldBe(["ThankYou", "Care", "Greeting"]);
        Steps(withCall).ShouldBe(["ThankYou", "Care", "Greeting", "CallAfter1Month"]);
        withCall["totalCount"]!.GetValue<int>().ShouldBe(4);
        Steps(done).ShouldBeEmpty();
        (await sz.Client.GetStringAsync(FollowUpsRoute)).ShouldNotContain(member.Phone);
    }

    [Fact]
    public async Task Complete_WhenCallWasMade_RecordsTheOutcomeOnce()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var call = await FirstCallAsync(sz);
        Factory.Clock.Advance(TimeSpan.FromDays(31));

        var completed = await sz.Client.PostAsJsonAsync($"{FollowUpsRoute}/{IdOf(call)}/complete", new { outcome = "Reached", note = "会员很满意" });
        var again = await sz.Client.PostAsJsonAsync($"{FollowUpsRoute}/{IdOf(call)}/complete", new { outcome = "NoAnswer" });

        completed.StatusCode.ShouldBe(HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        var task = await ReadJsonAsync(completed);
        task["status"]!.GetValue<string>().ShouldBe("Done");
        task["outcome"]!.GetValue<string>().ShouldBe("Reached");
        task["note"]!.GetValue<string>().ShouldBe("会员很满意");
        InstantOf(task["closedAt"]).ShouldBe(Utc("2026-04-10T04:00:00Z"));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "follow_up.not_open");
    }

    [Theory]
    [InlineData("""{"outcome":"Maybe"}""", "body_invalid")]
    [InlineData("""{"outcome":7}""", "body_invalid")]
    [InlineData("""{"outcome":"Sent"}""", "validation_failed")]
    [InlineData("""{"note":"没接"}""", "validation_failed")]
    public async Task Complete_WhenOutcomeIsInvalid_Returns400AndWritesNothing(string body, string code)
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var call = await FirstCallAsync(sz);
        var before = await SnapshotDatabaseAsync();

        var response = await sz.Client.PostRawAsync($"{FollowUpsRoute}/{IdOf(call)}/complete", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code, "outcome");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Complete_WhenNoteIsTooLong_Returns400AndWritesNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var call = await FirstCallAsync(sz);
        var before = await SnapshotDatabaseAsync();

        var response = await sz.Client.PostAsJsonAsync($"{FollowUpsRoute}/{IdOf(call)}/complete", new { outcome = "Other", note = new string('备', 501) });

        await response.ShouldBeValidationProblemAsync("note");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Complete_WhenTaskIsUnknownOrAnotherBranchs_Returns404AndWritesNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var call = await FirstCallAsync(sz);
        var before = await SnapshotDatabaseAsync();

        var foreign = await gz.Client.PostAsJsonAsync($"{FollowUpsRoute}/{IdOf(call)}/complete", new { outcome = "Reached" });
        var unknown = await sz.Client.PostAsJsonAsync($"{FollowUpsRoute}/{Guid.NewGuid()}/complete", new { outcome = "Reached" });

        await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound, "follow_up.not_found");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "follow_up.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("?due=2026-04-10")]
    [InlineData("?due=before:2026-4-10")]
    [InlineData("?due=before:2026-02-30")]
    [InlineData("?due=after:2026-04-10")]
    public async Task List_WhenDueIsMalformed_Returns400NamingIt(string query)
    {
        var sz = await OpenBranchAsync("SZ001", "755");

        var response = await sz.Client.GetAsync(FollowUpsRoute + query);

        await response.ShouldBeValidationProblemAsync("due");
    }

    [Fact]
    public async Task List_WhenStatusIsUnknown_Returns400NamingIt()
    {
        var sz = await OpenBranchAsync("SZ001", "755");

        var response = await sz.Client.GetAsync(FollowUpsRoute + "?status=Pending");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body_invalid", "status");
    }

    private async Task<JsonObject> FirstCallAsync(TestBranch branch)
    {
        var member = await ActiveMemberAsync(branch, "13800138000");
        await BuyAsync(branch, member, 10_000m);
        return Items(await GetOkAsync(branch.Client, FollowUpsRoute + "?kind=Call")).First();
    }

    private static List<string> Steps(JsonObject page) => Items(page).Select(t => t["step"]!.GetValue<string>()).ToList();
}
