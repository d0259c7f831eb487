namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class OnlineApplicationTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task Apply_WhenValid_IssuesRegularCardInHomeRegionWithCheckDigit()
    {
        var home = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");

        var response = await ApplyOnlineAsync(shopper, "13900000001", address: "上海市浦东新区世纪大道1号", email: "alice@example.com");

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldBe("/api/v1/me/card");
        var card = await ReadJsonAsync(response);
        var number = Str(card, "cardNumber");
        number.Length.ShouldBe(11);
        number.ShouldStartWith("021");
        SerialOf(number).ShouldBe(1);
        HasValidLuhn(number).ShouldBeTrue(number);
        Str(card, "status").ShouldBe("Issued");
        Str(card, "tier").ShouldBe("Regular");
        Str(card, "channel").ShouldBe("Online");
        Str(card, "issuingBranchId").ShouldBe(home.Id.ToString());
        card["replacesCardNumber"].ShouldBeNull();
    }

    [Fact]
    public async Task GetMyCard_AfterApplying_ShowsTheCardWithFullOwnDetails()
    {
        var home = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        var issued = await ApplyOnlineAsync(shopper, "13900000001", name: "王小明", address: "上海市浦东新区世纪大道1号", email: "alice@example.com");
        var card = await ReadJsonAsync(issued);

        var mine = await GetOkAsync(shopper, "/api/v1/me/card");

        Str(mine, "cardNumber").ShouldBe(Str(card, "cardNumber"));
        Str(mine, "cardStatus").ShouldBe("Issued");
        Str(mine, "tier").ShouldBe("Regular");
        mine["discountRate"]!.GetValue<decimal>().ShouldBe(1.00m);
        mine["pointsBalance"]!.GetValue<long>().ShouldBe(0);
        var member = mine["member"]!;
        Str(member, "id").ShouldBe(Str(card, "memberId"));
        Str(member, "homeBranchId").ShouldBe(home.Id.ToString());
        Str(member, "name").ShouldBe("王小明");
        Str(member, "phone").ShouldBe("13900000001");
        Str(member, "birthDate").ShouldBe("1988-02-29");
        Str(member, "gender").ShouldBe("Male");
        Str(member, "address").ShouldBe("上海市浦东新区世纪大道1号");
        Str(member, "email").ShouldBe("alice@example.com");
        Str(member, "channel").ShouldBe("Online");
        member["phoneVerified"]!.GetValue<bool>().ShouldBeFalse();
        member["hasWeChat"]!.GetValue<bool>().ShouldBeTrue();
        member["cards"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Apply_WhenSameWeChatIdentityAppliesAgain_Returns422WeChatTakenAndWritesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        await ApplyOnlineOkAsync(shopper, "13900000001");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyOnlineAsync(shopper, "13900000002");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.wechat_taken");
        ReasonCodes(problem).ShouldBe(["review.wechat_taken"]);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Apply_WhenAnotherShopperUsesAPhoneThatHasACard_Returns422PhoneTaken()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        await ApplyOnlineOkAsync(await ShopperAsync("o_alice"), "13900000001");
        var bob = await ShopperAsync("o_bob");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyOnlineAsync(bob, "139 0000 0001");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.phone_taken");
        ReasonCodes(problem).ShouldBe(["review.phone_taken"]);
        problem["errors"]!["phone"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Apply_WhenPhoneBelongsToAnOfflineMember_Returns422PhoneTaken()
    {
        var branch = await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        await ApplyOfflineAsync(branch, "13900000001");
        var shopper = await ShopperAsync("o_alice");

        var response = await ApplyOnlineAsync(shopper, "13900000001");

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.phone_taken");
        await ShouldBeProblemAsync(await shopper.GetAsync("/api/v1/me/card"), HttpStatusCode.NotFound, "member.not_found");
    }

    [Fact]
    public async Task Apply_WhenBranchCodeGiven_MakesThatBranchHomeAndUsesItsRegion()
    {
        await OpenBranchAsync("SH001", "021");
        var beijing = await OpenBranchAsync("BJ001", "010");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");

        var card = await ApplyOnlineOkAsync(shopper, "13900000001", branchCode: "BJ001");

        Str(card, "cardNumber").ShouldStartWith("010");
        Str(card, "issuingBranchId").ShouldBe(beijing.Id.ToString());
        var member = await GetMemberAsync(beijing.Client, Str(card, "memberId"));
        Str(member, "homeBranchId").ShouldBe(beijing.Id.ToString());
    }

    [Fact]
    public async Task Apply_WhenBranchCodeUnknown_Returns422BranchUnknownAndWritesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var shopper = await ShopperAsync("o_alice");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyOnlineAsync(shopper, "13900000001", branchCode: "NOPE42");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.branch_unknown");
        problem["errors"]!["branchCode"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Apply_WhenHomeBranchIsClosed_Returns422BranchClosedAndWritesNothing()
    {
        await OpenBranchAsync("SH001", "021");
        var closing = await OpenBranchAsync("SH002", "021");
        await SetDefaultOnlineBranchAsync("SH001");
        var patch = await HeadOffice().PatchAsJsonAsync($"/api/v1/hq/branches/{closing.Id}", new { status = "Closed" });
        patch.StatusCode.ShouldBe(HttpStatusCode.OK);
        Str(await ReadJsonAsync(patch), "status").ShouldBe("Closed");
        var shopper = await ShopperAsync("o_alice");
        var before = await SnapshotDatabaseAsync();

        var response = await ApplyOnlineAsync(shopper, "13900000001", branchCode: "SH002");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.branch_closed");
        ReasonCodes(problem).ShouldBe(["review.branch_closed"]);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }
}
