namespace MemberCard.Api.IntegrationTests.Concurrency;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Parallel lifecycle commands on one card: exactly one wins, the others conflict, and only the winner is audited.</summary>
public sealed class CardLifecycleConcurrencyTests(MemberCardApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task LossReport_WhenTenArriveInParallelForOneCard_OneSucceedsAndTheRestConflict()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = (await ApplyOfflineAsync(branch, "13800138000"))["cardNumber"]!.GetValue<string>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => branch.Client.PostAsync($"/api/v1/branch/cards/{number}/loss-report", null)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, report);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(9, report);
        bodies.Where((_, i) => responses[i].StatusCode == HttpStatusCode.Conflict)
            .Select(b => JsonNode.Parse(b)!["code"]!.GetValue<string>())
            .ShouldAllBe(c => c == "card.illegal_transition" || c == "concurrency_conflict", report);
        (await CountAsync("SELECT count(*) FROM membercard.audit_entries WHERE action = 'card.reported_lost'")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.cards WHERE status = 'Frozen'")).ShouldBe(1);
    }

    [Fact]
    public async Task Reissue_WhenTenArriveInParallelForOneLostCard_IssueExactlyOneReplacementAndLeaveNoGap()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = (await ApplyOfflineAsync(branch, "13800138000"))["cardNumber"]!.GetValue<string>();
        (await branch.Client.PostAsync($"/api/v1/branch/cards/{number}/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => branch.Client.PostAsync($"/api/v1/branch/cards/{number}/reissue", null)));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var report = string.Join(Environment.NewLine, bodies);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, report);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(9, report);
        var replacement = JsonNode.Parse(bodies[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)])!["cardNumber"]!.GetValue<string>();
        replacement.ShouldStartWith("7550000002");
        (await CountAsync("SELECT count(*) FROM membercard.cards")).ShouldBe(2);
        (await CountAsync("SELECT count(*) FROM membercard.audit_entries WHERE action = 'card.reissued'")).ShouldBe(1);
        (await CountAsync("SELECT last_serial FROM membercard.region_serials WHERE region_code = '755'")).ShouldBe(2);
        (await ApplyOfflineAsync(branch, "13800138001"))["cardNumber"]!.GetValue<string>().ShouldStartWith("7550000003");
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
