namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Stored value is the member's money: exit waits for its refund, and the PIPL export shows all of it.</summary>
public sealed class StoredValueExitAndExportTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task Exit_WhenMemberHoldsStoredValue_Returns409AndWritesNothingUntilRefunded()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(branch, "13800138001");
        await ToppedUpAsync(branch.Client, "T-1", member.CardNumber, 300m);
        var exitRoute = $"/api/v1/branch/members/{member.MemberId}/exit";
        var before = await SnapshotDatabaseAsync();

        var refused = await branch.Client.PostAsJsonAsync(exitRoute, new { confirm = true, forfeitPoints = 0 });
        var after = await SnapshotDatabaseAsync();
        var refund = await branch.Client.PostAsJsonAsync("/api/v1/branch/stored-value/refunds", new { cardNumber = member.CardNumber, approvedBy = "store manager" });
        var exited = await branch.Client.PostAsJsonAsync(exitRoute, new { confirm = true, forfeitPoints = 0 });

        await ShouldBeProblemAsync(refused, HttpStatusCode.Conflict, "member.stored_value_outstanding");
        after.ShouldBeUnchanged(before);
        refund.IsSuccessStatusCode.ShouldBeTrue(await refund.Content.ReadAsStringAsync());
        exited.StatusCode.ShouldBe(HttpStatusCode.OK, await exited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_WhenMemberToppedUpAndPaidWithTheBalance_ShowsBalanceLedgerAndTopUps()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        await SetDefaultOnlineBranchAsync(branch.Code);
        var shopper = await ShopperAsync("sv-export");
        var applied = await shopper.PostAsJsonAsync("/api/v1/me/card-applications", Application("13800138002"));
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var cardNumber = (await ReadJsonAsync(applied))["cardNumber"]!.GetValue<string>();
        await ActivateAtBranchAsync(branch, cardNumber);
        await ToppedUpAsync(branch.Client, "T-1", cardNumber, 200m);

        var response = await shopper.GetAsync("/api/v1/me/export");

        var export = await ReadJsonAsync(response);
        var storedValue = export["storedValue"]!;
        storedValue["principal"]!.GetValue<decimal>().ShouldBe(200m);
        storedValue["bonus"]!.GetValue<decimal>().ShouldBe(0m);
        storedValue["ledger"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ShouldBe(["TopUp"]);
        storedValue["topUps"]!.AsArray().Select(t => t!["receiptNo"]!.GetValue<string>()).ShouldBe(["T-1"]);
    }
}
