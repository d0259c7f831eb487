namespace MemberCard.Api.IntegrationTests.StoredValue;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>Top-ups at the till: amounts and packages, the card limit, card states, bad input, idempotency.</summary>
public sealed class TopUpTests(MemberCardApiFactory factory) : StoredValueTestBase(factory)
{
    [Fact]
    public async Task TopUp_WhenAnAmountIsPaidAtTheTill_CreditsItAsPrincipal()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var receipt = await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 500.00m);

        Money(receipt["paid"]).ShouldBe(500.00m);
        Money(receipt["bonus"]).ShouldBe(0m);
        Money(receipt["principal"]).ShouldBe(500.00m);
        Money(receipt["balance"]).ShouldBe(500.00m);
        receipt["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        (await StoredValueOfAsync(member)).ShouldBe((500.00m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger WHERE kind = 'TopUp' AND principal = 500 AND bonus = 0")).ShouldBe(1);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task TopUp_WhenAPackageIsChosen_CreditsPrincipalAndBonusApart()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var package = await PackageAsync("充1000送1100", 1000m, 100m);

        var receipt = await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: package);

        receipt["packageName"]!.GetValue<string>().ShouldBe("充1000送1100");
        Money(receipt["paid"]).ShouldBe(1000.00m);
        Money(receipt["bonus"]).ShouldBe(100.00m);
        Money(receipt["balance"]).ShouldBe(1100.00m);
        (await StoredValueOfAsync(member)).ShouldBe((1000m, 100m));
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task TopUp_WhenThePackageIsNoLongerOffered_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var package = await PackageAsync("充500送530", 500m, 30m);
        (await HeadOffice().PutAsJsonAsync($"/api/v1/hq/stored-value/packages/{package}", new { name = "充500送530", pay = 500m, bonus = 30m, active = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await SnapshotDatabaseAsync();

        var response = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: package);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "stored_value.package_inactive");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TopUp_WhenTheBalanceWouldPassTheDefaultLimitOf5000_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 4900m);
        var before = await SnapshotDatabaseAsync();

        var over = await TopUpAsync(branch.Client, "TU-0002", member.CardNumber, amount: 100.01m);

        await ShouldBeProblemAsync(over, HttpStatusCode.Conflict, "stored_value.over_limit");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
        var upToTheLimit = await ToppedUpAsync(branch.Client, "TU-0003", member.CardNumber, amount: 100m);
        Money(upToTheLimit["balance"]).ShouldBe(5000.00m);
    }

    [Fact]
    public async Task TopUp_WhenAPackageBonusWouldPassTheLimit_Returns409()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var package = await PackageAsync("充5000送5500", 5000m, 500m);

        var response = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, packageId: package);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "stored_value.over_limit");
        (await StoredValueOfAsync(member)).ShouldBe((0m, 0m));
    }

    [Fact]
    public async Task TopUp_WhenHeadOfficeRaisesTheLimit_AcceptsMore()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        await SetStoredValueAsync(maxBalance: 8000m);

        var receipt = await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 8000m);

        Money(receipt["balance"]).ShouldBe(8000.00m);
        (await HeadOffice().GetFromJsonAsync<JsonObject>("/api/v1/hq/stored-value/settings"))!["maxBalance"]!.GetValue<decimal>().ShouldBe(8000m);
    }

    [Fact]
    public async Task TopUp_WhenTheCardIsFrozen_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        (await branch.Client.PostAsync($"/api/v1/branch/cards/{member.CardNumber}/loss-report", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await SnapshotDatabaseAsync();

        var response = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.not_active");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TopUp_WhenTheCardIsNotActivatedYet_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await IssuedMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();

        var response = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m);

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.not_active");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    private static TheoryData<string, object> BadBodies(string card) => new()
    {
        { "amount", new { receiptNo = "TU-BAD", code = card, amount = -100m } },
        { "amount", new { receiptNo = "TU-BAD", code = card, amount = 0m } },
        { "amount", new { receiptNo = "TU-BAD", code = card, amount = 100.001m } },
        { "amount", new { receiptNo = "TU-BAD", code = card, amount = 1_000_000.01m } },
        { "amount", new { receiptNo = "TU-BAD", code = card } },
        { "amount", new { receiptNo = "TU-BAD", code = card, amount = 100m, packageId = Guid.NewGuid() } },
        { "receiptNo", new { receiptNo = "TU BAD!", code = card, amount = 100m } },
        { "receiptNo", new { code = card, amount = 100m } },
        { "code", new { receiptNo = "TU-BAD", amount = 100m } },
        { "paymentMethod", new { receiptNo = "TU-BAD", code = card, amount = 100m, paymentMethod = "stored_value" } },
    };

    [Fact]
    public async Task TopUp_WhenTheInputIsBad_Returns400WithTheFieldAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var before = await SnapshotDatabaseAsync();
        var failures = new List<string>();

        foreach (var row in BadBodies(member.CardNumber))
        {
            var field = (string)row[0];
            var response = await branch.Client.PostAsJsonAsync(TopUpsRoute, row[1]);
            var raw = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || JsonNode.Parse(raw)?["errors"]?[field] is null)
            {
                failures.Add($"{field}: {(int)response.StatusCode} {raw}");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TopUp_WhenRetriedWithTheSameReceiptAndBody_ReplaysTheFirstReceiptWithoutASecondCredit()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var first = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 300m);

        var retry = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 300m);

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.GetValues(ReplayedHeader).Single().ShouldBe("true");
        first.Headers.GetValues(ReplayedHeader).Single().ShouldBe("false");
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        (await StoredValueOfAsync(member)).ShouldBe((300m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger")).ShouldBe(1);
    }

    [Fact]
    public async Task TopUp_WhenTheReceiptWasUsedWithAnotherBody_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        var other = await ActiveMemberAsync(branch, "13800000002");
        await ToppedUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 300m);
        var before = await SnapshotDatabaseAsync();

        var sameCard = await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 400m);
        var otherCard = await TopUpAsync(branch.Client, "TU-0001", other.CardNumber, amount: 300m);

        await ShouldBeProblemAsync(sameCard, HttpStatusCode.Conflict, "stored_value.receipt_conflict");
        await ShouldBeProblemAsync(otherCard, HttpStatusCode.Conflict, "stored_value.receipt_conflict");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task TopUp_WhenFiveTillsSendTheSameReceiptAtOnce_CreditsOnce()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 250m)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        responses.Count(r => r.Headers.GetValues(ReplayedHeader).Single() == "false").ShouldBe(1);
        (await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct().Count().ShouldBe(1);
        (await StoredValueOfAsync(member)).ShouldBe((250m, 0m));
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_top_ups")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM membercard.stored_value_ledger")).ShouldBe(1);
        await AssertStoredValueBooksBalanceAsync();
    }

    [Fact]
    public async Task TopUp_WhenTheSameIdempotencyKeyComesWithAnotherReceipt_Returns409()
    {
        var branch = await OpenBranchAsync("SHA01", "021");
        var member = await ActiveMemberAsync(branch, "13800000001");
        (await TopUpAsync(branch.Client, "TU-0001", member.CardNumber, amount: 100m, idempotencyKey: "k-1")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await TopUpAsync(branch.Client, "TU-0002", member.CardNumber, amount: 100m, idempotencyKey: "k-1");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "stored_value.idempotency_key_conflict");
        (await StoredValueOfAsync(member)).ShouldBe((100m, 0m));
    }

    [Fact]
    public async Task TopUp_WhenAnotherBranchSendsTheReceiptNumberOfThisBranch_NeitherReplaysNorRevealsIt()
    {
        var branchA = await OpenBranchAsync("SHA01", "021");
        var branchB = await OpenBranchAsync("GZB01", "020");
        var memberA = await ActiveMemberAsync(branchA, "13800000001");
        var memberB = await ActiveMemberAsync(branchB, "13800000002");
        await ToppedUpAsync(branchB.Client, "TU-0001", memberB.CardNumber, amount: 300m);

        var reprintByA = await branchA.Client.GetAsync($"{TopUpsRoute}/TU-0001");
        var topUpByA = await TopUpAsync(branchA.Client, "TU-0001", memberA.CardNumber, amount: 100m);

        await ShouldBeProblemAsync(reprintByA, HttpStatusCode.NotFound, "stored_value.top_up_not_found");
        topUpByA.StatusCode.ShouldBe(HttpStatusCode.Created, "a receipt number is unique per branch: this is branch A's own receipt");
        topUpByA.Headers.GetValues(ReplayedHeader).Single().ShouldBe("false");
        (await ReadJsonAsync(topUpByA))["cardNumber"]!.GetValue<string>().ShouldBe(memberA.CardNumber);
        (await StoredValueOfAsync(memberB)).ShouldBe((300m, 0m));
        (await ReadJsonAsync(await branchB.Client.GetAsync($"{TopUpsRoute}/TU-0001")))["cardNumber"]!.GetValue<string>().ShouldBe(memberB.CardNumber);
    }

    [Fact]
    public async Task TopUp_WhenAnyTillOfTheChainServesTheCard_CountsForTheTillsBranch()
    {
        var branchA = await OpenBranchAsync("SHA01", "021");
        var branchB = await OpenBranchAsync("GZB01", "020");
        var memberB = await ActiveMemberAsync(branchB, "13800000002");

        await ToppedUpAsync(branchA.Client, "TU-0001", memberB.CardNumber, amount: 300m);

        (await ScalarAsync<Guid>("SELECT branch_id FROM membercard.stored_value_top_ups")).ShouldBe(branchA.Id);
        (await ScalarAsync<Guid>("SELECT branch_id FROM membercard.stored_value_ledger")).ShouldBe(branchA.Id);
    }
}
