namespace MemberCard.Api.IntegrationTests.Redemptions;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Head-office corrections of a member's points: a reason is required, the change is a ledger entry and is audited.</summary>
public sealed class PointsAdjustmentTests(MemberCardApiFactory factory) : PointsTestBase(factory)
{
    [Fact]
    public async Task Adjustment_WhenCreditingWithAReason_Returns201AdjustEntryRaisesBalanceAndIsAudited()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await PurchaseAsync(branch, member, 120);

        var response = await AdjustAsync(member.MemberId, new { points = 500, reason = "  补录漏积分  " });

        var entry = await CreatedAsync(response);
        entry["kind"]!.GetValue<string>().ShouldBe("Adjust");
        entry["points"]!.GetValue<long>().ShouldBe(500);
        entry["balanceAfter"]!.GetValue<long>().ShouldBe(620);
        entry["reason"]!.GetValue<string>().ShouldBe("补录漏积分");
        (await BalanceOfAsync(member)).ShouldBe(620);
        (await LedgerKindsAsync(member)).ShouldBe(["Earn", "Adjust"]);
        (await ScalarAsync<string>("SELECT expires_on::text FROM membercard.points_lots WHERE source = 'Adjust'")).ShouldBe(Iso(Today.AddMonths(24)));
        var audit = (await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/audit?action=points.adjusted"))!;
        var items = audit["items"]!.AsArray();
        items.Count.ShouldBe(1, audit.ToJsonString());
        items[0]!["action"]!.GetValue<string>().ShouldBe("points.adjusted");
        items[0]!["subjectId"]!.GetValue<string>().ShouldBe(member.MemberId.ToString());
        items[0]!["actorKind"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var details = items[0]!["details"]!;
        details["points"]!.GetValue<long>().ShouldBe(500, details.ToJsonString());
        details["reason"]!.GetValue<string>().ShouldBe("补录漏积分", details.ToJsonString());
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Adjustment_WhenDebitingWithinTheBalance_TakesThePointsEvenIfEarnedToday()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await PurchaseAsync(branch, member, 300);

        var entry = await CreatedAsync(await AdjustAsync(member.MemberId, new { points = -200, reason = "撤销重复积分" }));

        entry["points"]!.GetValue<long>().ShouldBe(-200);
        entry["balanceAfter"]!.GetValue<long>().ShouldBe(100);
        (await BalanceOfAsync(member)).ShouldBe(100);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.audit_entries WHERE action = 'points.adjusted'")).ShouldBe(1);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Adjustment_WhenDebitingBeyondTheBalance_Returns409PointsInsufficientAndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        await PurchaseAsync(branch, member, 300);
        var before = await SnapshotDatabaseAsync();

        var response = await AdjustAsync(member.MemberId, new { points = -301, reason = "撤销积分" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "points.insufficient");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        await AssertPointsBooksBalanceAsync();
    }

    [Theory]
    [InlineData("reason missing", "reason")]
    [InlineData("reason blank", "reason")]
    [InlineData("reason too long", "reason")]
    [InlineData("points zero", "points")]
    [InlineData("points missing", "points")]
    public async Task Adjustment_WhenFieldInvalid_Returns400NamingFieldAndChangesNothing(string invalid, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await NewMemberAsync(branch, "13800138000");
        var before = await SnapshotDatabaseAsync();

        var response = await AdjustAsync(member.MemberId, invalid switch
        {
            "reason missing" => new { points = 500L, reason = (string?)null },
            "reason blank" => new { points = 500L, reason = (string?)"   " },
            "reason too long" => new { points = 500L, reason = (string?)new string('因', 201) },
            "points zero" => new { points = 0L, reason = (string?)"更正" },
            _ => (object)new { reason = "更正" },
        });

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Adjustment_WhenMemberUnknown_Returns404AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await NewMemberAsync(branch, "13800138000");
        var before = await SnapshotDatabaseAsync();

        var response = await AdjustAsync(Guid.NewGuid(), new { points = 500, reason = "补录" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    private Task<HttpResponseMessage> AdjustAsync(Guid memberId, object body) =>
        HeadOffice().PostAsJsonAsync($"/api/v1/hq/members/{memberId}/points/adjustments", body);
}
