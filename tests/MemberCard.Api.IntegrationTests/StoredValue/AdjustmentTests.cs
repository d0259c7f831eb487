namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Till;

/// <summary>Head office corrects a member's stored value: either part up or down, with a reason, audited, never below zero.</summary>
public sealed class AdjustmentTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task Adjust_WhenHeadOfficeCreditsAndDebits_MovesEachPartAsAnAdjustEntryAndKeepsTheBooks()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-1", member.CardNumber, 300m);

        var credit = await AdjustAsync(member, new { principal = 20m, bonus = 5m, reason = "till counted short on TU-1" });
        var debit = await AdjustAsync(member, new { principal = -20.50m, reason = "double credit reversed" });

        credit.StatusCode.ShouldBe(HttpStatusCode.Created, await credit.Content.ReadAsStringAsync());
        var credited = await ReadJsonAsync(credit);
        credited["kind"]!.GetValue<string>().ShouldBe("Adjust");
        Money(credited["principal"]).ShouldBe(20m);
        Money(credited["bonus"]).ShouldBe(5m);
        Money(credited["balanceAfter"]).ShouldBe(325m);
        debit.StatusCode.ShouldBe(HttpStatusCode.Created, await debit.Content.ReadAsStringAsync());
        Money((await ReadJsonAsync(debit))["balanceAfter"]).ShouldBe(304.50m);
        (await StoredValueOfAsync(member)).ShouldBe((299.50m, 5m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'Adjust' AND branch_id = @b AND card_number = @c",
            ("b", branch.Id), ("c", member.CardNumber))).ShouldBe(2);
        (await ScalarAsync<string>("SELECT reason FROM membercard.stored_value_ledger WHERE kind = 'Adjust' ORDER BY id LIMIT 1"))
            .ShouldBe("till counted short on TU-1");
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task Adjust_WhenMade_IsAuditedWithTheHeadOfficeKeyAndCountedInTheFigures()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-1", member.CardNumber, 100m);

        (await AdjustAsync(member, new { bonus = 8.80m, reason = "goodwill" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var hqKey = await ScalarAsync<string>("SELECT id::text FROM membercard.api_keys WHERE role = 'HeadOffice' AND revoked_at IS NULL LIMIT 1");
        (await CountAsync("""
            SELECT count(*) FROM membercard.audit_entries
            WHERE action = 'stored_value.adjusted' AND actor_kind = 'HeadOffice' AND actor_id = @key AND subject_id = @member
            """, ("key", hqKey), ("member", member.MemberId.ToString()))).ShouldBe(1);
        (await ScalarAsync<string>("SELECT approved_by FROM membercard.stored_value_ledger WHERE kind = 'Adjust'")).ShouldBe(hqKey);
        var rows = await HeadOffice().GetFromJsonAsync<JsonArray>($"/api/v1/hq/stored-value/summary?month={Today:yyyy-MM}");
        var row = rows!.Single(r => r!["branchCode"]!.GetValue<string>() == "SHA01")!;
        Money(row["adjustments"]).ShouldBe(8.80m);
        Money(row["topUpPrincipal"]).ShouldBe(100m);
        Money(row["liability"]).ShouldBe(108.80m);
    }

    [Fact]
    public async Task Adjust_WhenItWouldTakeAPartBelowZero_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var empty = await ActiveMemberAsync(branch, "13800000002");
        await ToppedUpAsync(branch.Client, "TU-1", member.CardNumber, 100m);
        var before = await SnapshotDatabaseAsync();

        var principal = await AdjustAsync(member, new { principal = -100.01m, reason = "too much" });
        var bonus = await AdjustAsync(member, new { principal = 1m, bonus = -0.01m, reason = "no bonus to take" });
        var noAccount = await AdjustAsync(empty, new { principal = -1m, reason = "nothing there" });

        await ShouldBeProblemAsync(principal, HttpStatusCode.Conflict, "stored_value.insufficient");
        await ShouldBeProblemAsync(bonus, HttpStatusCode.Conflict, "stored_value.insufficient");
        await ShouldBeProblemAsync(noAccount, HttpStatusCode.Conflict, "stored_value.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
        (await StoredValueOfAsync(member)).ShouldBe((100m, 0m));
    }

    [Fact]
    public async Task Adjust_WhenItWouldPassTheCardsLimit_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-1", member.CardNumber, 4990m);
        var before = await SnapshotDatabaseAsync();

        var over = await AdjustAsync(member, new { principal = 5m, bonus = 5.01m, reason = "over the top" });

        await ShouldBeProblemAsync(over, HttpStatusCode.Conflict, "stored_value.over_limit");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Adjust_WhenTheInputIsBad_Returns400WithTheFieldAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-1", member.CardNumber, 100m);
        var before = await SnapshotDatabaseAsync();

        var noReason = await AdjustAsync(member, new { principal = 5m });
        var blankReason = await AdjustAsync(member, new { principal = 5m, reason = "  " });
        var nothing = await AdjustAsync(member, new { principal = 0m, bonus = 0m, reason = "nothing" });
        var absent = await AdjustAsync(member, new { reason = "nothing" });
        var fen = await AdjustAsync(member, new { bonus = 1.005m, reason = "a third decimal" });
        var tooLong = await AdjustAsync(member, new { principal = 1m, reason = new string('x', 201) });
        var unknown = await HeadOffice().PostAsJsonAsync($"/api/v1/hq/members/{Guid.NewGuid()}/stored-value/adjustments", new { principal = 5m, reason = "who" });

        await ShouldHaveFieldErrorAsync(noReason, "reason");
        await ShouldHaveFieldErrorAsync(blankReason, "reason");
        await ShouldHaveFieldErrorAsync(nothing, "principal");
        await ShouldHaveFieldErrorAsync(absent, "principal");
        await ShouldHaveFieldErrorAsync(fen, "bonus");
        await ShouldHaveFieldErrorAsync(tooLong, "reason");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Adjust_WhenCalledWithABranchKey_IsForbiddenAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync($"/api/v1/hq/members/{member.MemberId}/stored-value/adjustments", new { principal = 5m, reason = "self-service" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    private Task<HttpResponseMessage> AdjustAsync(TillMember member, object body) =>
        HeadOffice().PostAsJsonAsync($"/api/v1/hq/members/{member.MemberId}/stored-value/adjustments", body);

    private static async Task ShouldHaveFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, raw);
        JsonNode.Parse(raw)!["errors"]![field].ShouldNotBeNull(raw);
    }
}
