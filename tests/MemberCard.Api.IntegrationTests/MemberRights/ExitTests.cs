namespace MemberCard.Api.IntegrationTests.MemberRights;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class ExitTests(MemberCardApiFactory factory) : MemberRightsTestBase(factory)
{
    private const string ExitRoute = "/api/v1/me/exit";

    [Fact]
    public async Task Exit_WhenNotConfirmed_WarnsWithThePointsToForfeitAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_warn", "13800138010", "陈小明");
        await BuyAsync(branch, member.CardNumber, ("RICE-5KG", 1, 300m));
        var before = await SnapshotDatabaseAsync();

        var response = await ExitAsync(member.Shopper, ExitRoute, null);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict, "member.exit_needs_confirmation");
        problem["pointsToForfeit"]!.GetValue<long>().ShouldBe(300);
        problem["cardNumber"]!.GetValue<string>().ShouldBe(member.CardNumber);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Exit_WhenConfirmed_CancelsCardForfeitsPointsAndErasesPersonalData()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_leaver", "13800138011", "陈小明");
        var weChatCode = await AddToCardPackageAsync("oa_leaver", member.CardNumber);
        var receiptNo = await BuyAsync(branch, member.CardNumber, ("RICE-5KG", 2, 150m));
        await DispatchOutboxAsync();
        var complaint = await member.Shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Product", content = $"我是{member.Name}，电话{member.Phone}，大米有虫" });
        complaint.StatusCode.ShouldBe(HttpStatusCode.Created, await complaint.Content.ReadAsStringAsync());
        var warning = await ProblemAsync(await ExitAsync(member.Shopper, ExitRoute, null), HttpStatusCode.Conflict, "member.exit_needs_confirmation");
        var shown = warning["pointsToForfeit"]!.GetValue<long>();

        var response = await ExitAsync(member.Shopper, ExitRoute, new { confirm = true, forfeitPoints = shown });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await ReadJsonAsync(response);
        result["pointsForfeited"]!.GetValue<long>().ShouldBe(300);
        result["cardStatus"]!.GetValue<string>().ShouldBe("Cancelled");
        var id = ("id", (object)member.MemberId);
        (await RowsAsync(
            "SELECT concat_ws('|', name, gender, birth_date, phone, phone_verified, coalesce(address, '-'), coalesce(email, '-'), coalesce(mini_program_open_id, '-'), "
            + "coalesce(official_account_open_id, '-'), coalesce(union_id, '-'), status, points_balance) FROM membercard.members WHERE id = @id", id))
            .ShouldBe(["已退会|Unspecified|-infinity|10000000000|f|-|-|-|-|-|Exited|0"]);
        (await RowsAsync("SELECT status || '|' || coalesce(we_chat_code, '-') FROM membercard.cards WHERE member_id = @id", id)).ShouldBe(["Cancelled|-"]);
        (await RowsAsync("SELECT kind || '|' || points || '|' || balance_after FROM membercard.points_ledger WHERE member_id = @id ORDER BY id", id))
            .ShouldBe(["Earn|300|300", "Forfeit|-300|0"]);
        await AssertPointsBooksBalanceAsync();
        (await RowsAsync("SELECT receipt_no FROM membercard.purchases WHERE member_id = @id", id)).ShouldBe([receiptNo]);
        (await RowsAsync("SELECT action FROM membercard.audit_entries WHERE subject_id = @sid ORDER BY id", ("sid", member.MemberId.ToString())))
            .ShouldContain("member.exited");
        (await RowsAsync("SELECT payload FROM membercard.outbox_messages WHERE member_id = @id AND kind = 'wechat.card.unavailable' AND status = 'Pending'", id))
            .Count.ShouldBe(1);
        await DispatchOutboxAsync();
        Factory.WeChat.GetCard(weChatCode)!.Status.ShouldBe("UNAVAILABLE");
        foreach (var personal in new[] { member.Phone, member.Name, JsonSerializer.Serialize(member.Name).Trim('"'), Address, Email, member.OpenId, "oa_leaver" })
        {
            (await TablesContainingAsync(personal)).ShouldBeEmpty($"'{personal}' is still stored");
        }

        (await TablesContainingAsync(weChatCode)).ShouldBe(["outbox_messages (1 rows)"], "only the message that retired the WeChat code names it");
    }

    [Fact]
    public async Task Exit_WhenDone_LoginFindsNoMemberAndThePhoneCanApplyAgain()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_again", "13800138012", "陈小明");
        var confirmed = await ExitAsync(member.Shopper, ExitRoute, new { confirm = true, forfeitPoints = 0 });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync());

        var login = await Anonymous().PostAsJsonAsync("/api/v1/auth/wechat/login", new { code = "dev:" + member.OpenId });
        var card = await member.Shopper.GetAsync("/api/v1/me/card");
        var again = await member.Shopper.PostAsJsonAsync("/api/v1/me/card-applications", new
        {
            name = "陈小明", gender = "Male", birthDate = BirthDate, phone = member.Phone, branchCode = branch.Code,
        });

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(login))["memberId"].ShouldBeNull();
        card.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        again.StatusCode.ShouldBe(HttpStatusCode.Created, await again.Content.ReadAsStringAsync());
        Guid.Parse((await ReadJsonAsync(again))["memberId"]!.GetValue<string>()).ShouldNotBe(member.MemberId);
    }

    [Fact]
    public async Task Exit_WhenForfeitDoesNotMatchTheBalance_Returns409WithTheBalanceAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_stale", "13800138013", "陈小明");
        await BuyAsync(branch, member.CardNumber, ("RICE-5KG", 1, 120m));
        await BuyAsync(branch, member.CardNumber, ("OIL-1L", 1, 80m));
        var before = await SnapshotDatabaseAsync();

        var response = await ExitAsync(member.Shopper, ExitRoute, new { confirm = true, forfeitPoints = 120 });

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict, "member.exit_needs_confirmation");
        problem["pointsToForfeit"]!.GetValue<long>().ShouldBe(200);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("""{"confirm":true}""", "forfeitPoints")]
    [InlineData("""{"confirm":true,"forfeitPoints":-1}""", "forfeitPoints")]
    [InlineData("""{"confirm":"yes","forfeitPoints":0}""", "confirm")]
    public async Task Exit_WhenBodyIsInvalid_Returns400WithFieldErrorAndWritesNothing(string body, string field)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_badbody", "13800138014", "陈小明");
        var before = await SnapshotDatabaseAsync();

        var response = await member.Shopper.PostAsync(ExitRoute, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(text);
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task BranchExit_WhenHomeBranchConfirms_ExitsTheMember()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var card = await ApplyOfflineAsync(branch, "13800138015", "周大福");
        var memberId = card["memberId"]!.GetValue<string>();

        var response = await ExitAsync(branch.Client, $"/api/v1/branch/members/{memberId}/exit", new { confirm = true, forfeitPoints = 0 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var member = await ReadJsonAsync(await branch.Client.GetAsync("/api/v1/branch/members/" + memberId));
        member["status"]!.GetValue<string>().ShouldBe("Exited");
        member["name"]!.GetValue<string>().ShouldBe("已退会");
        member["cards"]!.AsArray().Single()!["status"]!.GetValue<string>().ShouldBe("Cancelled");
        (await RowsAsync("SELECT actor_kind || '|' || branch_id FROM membercard.audit_entries WHERE action = 'member.exited'"))
            .ShouldBe([$"Branch|{branch.Id}"]);
    }

    [Fact]
    public async Task BranchExit_WhenMemberBelongsToAnotherBranch_Returns404AndWritesNothing()
    {
        var home = await OpenBranchAsync("SZ001", "755");
        var other = await OpenBranchAsync("GZ001", "020");
        var card = await ApplyOfflineAsync(home, "13800138016", "周大福");
        var before = await SnapshotDatabaseAsync();

        var response = await ExitAsync(other.Client, $"/api/v1/branch/members/{card["memberId"]}/exit", new { confirm = true, forfeitPoints = 0 });

        await ProblemAsync(response, HttpStatusCode.NotFound, "member.not_found");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task BranchExit_WhenMemberAlreadyExited_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var card = await ApplyOfflineAsync(branch, "13800138017", "周大福");
        var route = $"/api/v1/branch/members/{card["memberId"]}/exit";
        (await ExitAsync(branch.Client, route, new { confirm = true, forfeitPoints = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await SnapshotDatabaseAsync();

        var response = await ExitAsync(branch.Client, route, new { confirm = true, forfeitPoints = 0 });

        await ProblemAsync(response, HttpStatusCode.Conflict, "member.exited");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Exit_WhenAskedInChinese_WarnsInChineseAndStillCarriesThePoints()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var member = await OnlineMemberAsync(branch, "o_zh", "13800138018", "陈小明");
        await BuyAsync(branch, member.CardNumber, ("RICE-5KG", 1, 99m));
        var request = new HttpRequestMessage(HttpMethod.Post, ExitRoute);
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var response = await member.Shopper.SendAsync(request);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict, "member.exit_needs_confirmation");
        problem["detail"]!.GetValue<string>().ShouldContain("退会");
        problem["pointsToForfeit"]!.GetValue<long>().ShouldBe(99);
    }
}
