namespace MemberCard.Api.IntegrationTests.Milestones;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class MilestoneClaimTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Collect_WhenClaimIsOpenAtTheHomeBranch_MarksItClaimedOnce()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var memberId = MemberIdOf(await ApplyOfflineAsync(branch, "13800138000"));
        var claimId = await GrantClaimAsync(memberId, lapsesInDays: 30);

        var collected = await branch.Client.PostAsync($"/api/v1/branch/milestone-claims/{claimId}/collect", null);
        var again = await branch.Client.PostAsync($"/api/v1/branch/milestone-claims/{claimId}/collect", null);

        collected.StatusCode.ShouldBe(HttpStatusCode.OK, await collected.Content.ReadAsStringAsync());
        var claim = await ReadJsonAsync(collected);
        claim["status"]!.GetValue<string>().ShouldBe("Claimed");
        claim["giftValue"]!.GetValue<decimal>().ShouldBe(200.00m);
        claim["claimedAtBranchId"]!.GetValue<string>().ShouldBe(branch.Id.ToString());
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadJsonAsync(again))["code"]!.GetValue<string>().ShouldBe("milestone.not_open");
    }

    [Fact]
    public async Task Collect_WhenClaimHasLapsed_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var memberId = MemberIdOf(await ApplyOfflineAsync(branch, "13800138000"));
        var claimId = await GrantClaimAsync(memberId, lapsesInDays: 0);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsync($"/api/v1/branch/milestone-claims/{claimId}/collect", null);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Lists_ShowEachAudienceItsOwnClaimsSoonestToLapseFirst()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        await SetDefaultOnlineBranchAsync("SZ001");
        var shopper = await ShopperAsync("oMilestone1");
        var applied = await shopper.PostAsync("/api/v1/me/card-applications", System.Net.Http.Json.JsonContent.Create(Application("13900139000")));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created);
        var shopperMember = MemberIdOf(await ReadJsonAsync(applied));
        var later = await GrantClaimAsync(shopperMember, lapsesInDays: 60);
        var sooner = await GrantClaimAsync(shopperMember, lapsesInDays: 10, milestone: 8000);
        var ofGuangzhou = await GrantClaimAsync(MemberIdOf(await ApplyOfflineAsync(gz, "13800138001")), lapsesInDays: 30);

        var mine = await ItemsAsync(shopper, "/api/v1/me/milestone-claims");
        var shenzhen = await ItemsAsync(sz.Client, "/api/v1/branch/milestone-claims?status=Open");
        var all = await ItemsAsync(HeadOffice(), "/api/v1/hq/milestone-claims");

        mine.ShouldBe([sooner, later]);
        shenzhen.ShouldBe([sooner, later]);
        all.ShouldBe([sooner, ofGuangzhou, later]);
        (await gz.Client.PostAsync($"/api/v1/branch/milestone-claims/{sooner}/collect", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Guid MemberIdOf(JsonObject card) => Guid.Parse(card["memberId"]!.GetValue<string>());

    private static async Task<List<Guid>> ItemsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response))["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();
    }

    /// <summary>An open claim as the month-end job grants it, lapsing the given number of days from today (China).</summary>
    private async Task<Guid> GrantClaimAsync(Guid memberId, int lapsesInDays, long milestone = 5000)
    {
        var id = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO membercard.milestone_claims
                (id, member_id, card_year_start, milestone_points, points_earned, gift_value, eligible_on, lapses_on, status)
            VALUES (@id, @member, @start, @milestone, 8100, 200, @eligible, @lapses, 'Open')
            """;
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("member", memberId);
        command.Parameters.AddWithValue("start", today.AddDays(-200));
        command.Parameters.AddWithValue("eligible", today.AddDays(-1));
        command.Parameters.AddWithValue("lapses", today.AddDays(lapsesInDays));
        command.Parameters.AddWithValue("milestone", milestone);
        await command.ExecuteNonQueryAsync();
        return id;
    }
}
