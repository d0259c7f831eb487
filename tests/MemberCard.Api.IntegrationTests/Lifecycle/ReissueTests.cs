namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ReissueTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task ReissueAtBranch_WhenCardIsActive_Returns409AndConsumesNoSerial()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var number = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{number}/activate");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{number}/reissue");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.reissue_requires_loss_report");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
        var next = await ApplyOfflineAsync(branch, "13800138001");
        SerialOf(Str(next, "cardNumber")).ShouldBe(SerialOf(number) + 1);
    }

    [Fact]
    public async Task ReissueOwnCard_WhenCardIsNotReportedLost_Returns409AndChangesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        await CommandOkAsync(shopper, "/api/v1/me/card/activate");
        var before = await SnapshotDatabaseAsync();

        var response = await CommandAsync(shopper, "/api/v1/me/card/reissue");

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, "card.reissue_requires_loss_report");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ReissueAtBranch_AfterLossReport_IssuesNextNumberInTheBranchRegionAndReplacesTheOldCard()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var old = await ApplyOfflineAsync(branch, "13800138000");
        var oldNumber = Str(old, "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/loss-report");

        var card = await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/reissue");

        var newNumber = Str(card, "cardNumber");
        newNumber.ShouldNotBe(oldNumber);
        newNumber.ShouldStartWith("755");
        SerialOf(newNumber).ShouldBe(SerialOf(oldNumber) + 1);
        HasValidLuhn(newNumber).ShouldBeTrue(newNumber);
        Str(card, "memberId").ShouldBe(Str(old, "memberId"));
        Str(card, "replacesCardNumber").ShouldBe(oldNumber);
        Str(card, "issuingBranchId").ShouldBe(branch.Id.ToString());
        Str(card, "channel").ShouldBe("Offline");
        Str(card, "status").ShouldBe("Issued");
        var till = await LookupAsync(branch.Client, oldNumber);
        Str(till, "cardStatus").ShouldBe("Replaced");
        till["canTransact"]!.GetValue<bool>().ShouldBeFalse();
        Str(till, "currentCardNumber").ShouldBe(newNumber);
    }

    [Fact]
    public async Task ReissueAtBranch_AfterLossReport_CarriesMemberTierPointsDetailsAndHistoryOver()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var old = await ApplyOfflineAsync(branch, "13800138000", "赵六");
        var memberId = Str(old, "memberId");
        var oldNumber = Str(old, "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/activate");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/loss-report");
        await SetPointsAndTierAsync(memberId, 1234, "Gold");

        var card = await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/reissue");

        var newNumber = Str(card, "cardNumber");
        Str(card, "tier").ShouldBe("Gold");
        Str(card, "status").ShouldBe("Active");
        var member = await GetMemberAsync(branch.Client, memberId);
        Str(member, "id").ShouldBe(memberId);
        Str(member, "tier").ShouldBe("Gold");
        member["pointsBalance"]!.GetValue<long>().ShouldBe(1234);
        Str(member, "name").ShouldBe("赵六");
        Str(member, "phone").ShouldBe("13800138000");
        Str(member["currentCard"], "cardNumber").ShouldBe(newNumber);
        var cards = member["cards"]!.AsArray();
        cards.Count.ShouldBe(2);
        var oldCard = cards.Single(c => Str(c, "cardNumber") == oldNumber);
        Str(oldCard, "status").ShouldBe("Replaced");
        StrOrNull(oldCard, "closedAt").ShouldNotBeNull();
        var newCard = cards.Single(c => Str(c, "cardNumber") == newNumber);
        Str(newCard, "replacesCardNumber").ShouldBe(oldNumber);
        var till = await LookupAsync(branch.Client, newNumber);
        till["pointsBalance"]!.GetValue<long>().ShouldBe(1234);
        Str(till, "tier").ShouldBe("Gold");
        till["canTransact"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task ReissueOwnCard_AfterLossReportOfActivatedCard_IssuesActiveCardOnlineInHomeRegion()
    {
        var home = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        var old = await ApplyOnlineOkAsync(shopper, "13900000001");
        var oldNumber = Str(old, "cardNumber");
        await CommandOkAsync(shopper, "/api/v1/me/card/activate");
        await CommandOkAsync(shopper, "/api/v1/me/card/loss-report");
        await SetPointsAndTierAsync(Str(old, "memberId"), 500, "Silver");

        var card = await CommandOkAsync(shopper, "/api/v1/me/card/reissue");

        var newNumber = Str(card, "cardNumber");
        newNumber.ShouldStartWith("021");
        SerialOf(newNumber).ShouldBe(SerialOf(oldNumber) + 1);
        Str(card, "status").ShouldBe("Active");
        Str(card, "channel").ShouldBe("Online");
        Str(card, "issuingBranchId").ShouldBe(home.Id.ToString());
        Str(card, "replacesCardNumber").ShouldBe(oldNumber);
        var mine = await GetOkAsync(shopper, "/api/v1/me/card");
        Str(mine, "cardNumber").ShouldBe(newNumber);
        Str(mine, "cardStatus").ShouldBe("Active");
        Str(mine, "tier").ShouldBe("Silver");
        mine["pointsBalance"]!.GetValue<long>().ShouldBe(500);
        Str(mine["member"], "id").ShouldBe(Str(old, "memberId"));
        mine["member"]!["cards"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task LifecycleCommands_WhenCardIsReplaced_Return409AndChangeNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var oldNumber = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/loss-report");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/reissue");
        var before = await SnapshotDatabaseAsync();

        var activate = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/activate");
        var lossReport = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/loss-report");
        var reissue = await CommandAsync(branch.Client, $"/api/v1/branch/cards/{oldNumber}/reissue");

        await ShouldBeProblemAsync(activate, HttpStatusCode.Conflict, "card.illegal_transition");
        await ShouldBeProblemAsync(lossReport, HttpStatusCode.Conflict, "card.illegal_transition");
        await ShouldBeProblemAsync(reissue, HttpStatusCode.Conflict, "card.reissue_requires_loss_report");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ReissueAtBranch_WhenReissuedCardIsLostAgain_ChainsThroughToTheNewestCard()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var first = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{first}/loss-report");
        var second = Str(await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{first}/reissue"), "cardNumber");
        await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{second}/loss-report");

        var third = await CommandOkAsync(branch.Client, $"/api/v1/branch/cards/{second}/reissue");

        Str(third, "replacesCardNumber").ShouldBe(second);
        var till = await LookupAsync(branch.Client, first);
        Str(till, "cardStatus").ShouldBe("Replaced");
        Str(till, "currentCardNumber").ShouldBe(Str(third, "cardNumber"));
    }
}
