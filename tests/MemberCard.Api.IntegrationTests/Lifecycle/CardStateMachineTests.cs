namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class CardStateMachineTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task ActivateOwnCard_WhenIssued_MakesItActive()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        var issued = await ApplyOnlineOkAsync(shopper, "13900000001");

        var card = await CommandOkAsync(shopper, "/api/v1/me/card/activate");

        Str(card, "cardNumber").ShouldBe(Str(issued, "cardNumber"));
        Str(card, "status").ShouldBe("Active");
        StrOrNull(card, "activatedAt").ShouldNotBeNull();
        var mine = await GetOkAsync(shopper, "/api/v1/me/card");
        Str(mine, "cardStatus").ShouldBe("Active");
    }

    [Fact]
    public async Task ActivateAtBranch_WhenIssued_MakesItActiveAndAbleToTransact()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");

        var card = await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");

        Str(card, "status").ShouldBe("Active");
        var till = await LookupAsync(branch.Client, number);
        Str(till, "cardStatus").ShouldBe("Active");
        till["canTransact"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task ActivateAtBranch_WhenAlreadyActive_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ActivateOwnCard_WhenAlreadyActive_Returns409AndChangesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        await CommandOkAsync(shopper, "/api/v1/me/card/activate");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(shopper, "/api/v1/me/card/activate");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ReportOwnLoss_WhenActive_FreezesTheCard()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        await CommandOkAsync(shopper, "/api/v1/me/card/activate");

        var card = await CommandOkAsync(shopper, "/api/v1/me/card/loss-report");

        Str(card, "status").ShouldBe("Frozen");
        StrOrNull(card, "frozenAt").ShouldNotBeNull();
        Str(await GetOkAsync(shopper, "/api/v1/me/card"), "cardStatus").ShouldBe("Frozen");
    }

    [Fact]
    public async Task ReportLossAtBranch_WhenActive_FreezesTheCardAtEveryTill()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var otherTill = await OpenBranchAsync("GZ001", "020");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");

        var card = await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/loss-report");

        Str(card, "status").ShouldBe("Frozen");
        var till = await LookupAsync(otherTill.Client, number);
        Str(till, "cardStatus").ShouldBe("Frozen");
        till["canTransact"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task ActivateAtBranch_WhenFrozen_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/loss-report");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ActivateOwnCard_WhenFrozen_Returns409AndChangesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        await CommandOkAsync(shopper, "/api/v1/me/card/activate");
        await CommandOkAsync(shopper, "/api/v1/me/card/loss-report");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(shopper, "/api/v1/me/card/activate");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ReportLoss_WhenAlreadyFrozen_Returns409AndChangesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/loss-report");
        var before = await SnapshotDatabaseAsync();

        var atBranch = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/loss-report");
        var byHeadOffice = await CommandAsync(HeadOffice(), $"/api/v1/branch/cards/{number}/loss-report");

        await ShouldBeProblemAsync(atBranch, HttpStatusCode.Conflict, "card.illegal_transition");
        await ShouldBeProblemAsync(byHeadOffice, HttpStatusCode.Conflict, "card.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ReportOwnLoss_WhenAlreadyFrozen_Returns409AndChangesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        await CommandOkAsync(shopper, "/api/v1/me/card/loss-report");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(shopper, "/api/v1/me/card/loss-report");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ActivateOwnCard_WhenShopperHasNoCard_Returns404AndChangesNothing()
    {
        var shopper = await ShopperAsync("o_nobody");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(shopper, "/api/v1/me/card/activate");

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "member.not_found");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }
}
