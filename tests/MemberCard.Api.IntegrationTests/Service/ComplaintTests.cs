namespace MemberCard.Api.IntegrationTests.Service;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

/// <summary>Complaints: submitted by members or recorded by staff, answered by the branch concerned within the deadline, rated once.</summary>
public sealed class ComplaintTests(MemberCardApiFactory factory) : ServiceTestBase(factory)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromHours(48);

    [Fact]
    public async Task SubmitComplaint_WhenMemberNamesNoBranch_Returns201ForTheHomeBranchDueIn48Hours()
    {
        var home = await OpenBranchAsync("SZ001", "755");
        var other = await OpenBranchAsync("SZ002", "755");
        var (shopper, _, cardNumber) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");

        var complaint = await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "收银台排队太久" }));

        Str(complaint, "branchCode").ShouldBe("SZ001");
        Str(complaint, "cardNumber").ShouldBe(cardNumber);
        Str(complaint, "source").ShouldBe("Member");
        Str(complaint, "channel").ShouldBe("MiniProgram");
        Str(complaint, "category").ShouldBe("Service");
        Str(complaint, "content").ShouldBe("收银台排队太久");
        Str(complaint, "status").ShouldBe("Open");
        Instant(complaint, "submittedAt").ShouldBe(T0);
        Instant(complaint, "dueAt").ShouldBe(T0 + Deadline);
        complaint["overdue"]!.GetValue<bool>().ShouldBeFalse();
        var id = Str(complaint, "id");
        Ids(await GetOkAsync(shopper, "/api/v1/me/complaints")).ShouldBe([id]);
        Ids(await GetOkAsync(home.Client, "/api/v1/branch/complaints")).ShouldBe([id]);
        Ids(await GetOkAsync(other.Client, "/api/v1/branch/complaints")).ShouldBeEmpty();
    }

    [Fact]
    public async Task SubmitComplaint_WhenMemberNamesAnotherBranch_GoesToThatBranchWithTheGivenChannel()
    {
        var home = await OpenBranchAsync("SZ001", "755");
        var other = await OpenBranchAsync("SZ002", "755");
        var (shopper, _, _) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");

        var complaint = await CreatedAsync(await shopper.PostAsJsonAsync(
            "/api/v1/me/complaints", new { category = "Product", content = "牛奶过期", channel = "WeChat", branchCode = "SZ002" }));

        Str(complaint, "branchCode").ShouldBe("SZ002");
        Str(complaint, "channel").ShouldBe("WeChat");
        Ids(await GetOkAsync(other.Client, "/api/v1/branch/complaints")).ShouldBe([Str(complaint, "id")]);
        Ids(await GetOkAsync(home.Client, "/api/v1/branch/complaints")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ComplaintLifecycle_WhenStaffRecordByPhoneAcknowledgeAndResolve_MemberIsNotifiedAndRatesOnce()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, memberId, cardNumber) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");
        var recorded = await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/complaints",
            new { phone = "13800138000", channel = "Phone", category = "Points", content = "上次消费没有积分" }));
        var id = Str(recorded, "id");
        Factory.Clock.Advance(TimeSpan.FromHours(2));

        var acknowledged = await OkAsync(await branch.Client.PostAsync($"/api/v1/branch/complaints/{id}/acknowledge", null));
        Factory.Clock.Advance(TimeSpan.FromHours(3));
        var resolved = await OkAsync(await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "已补录积分 120 分" }));
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var rated = await OkAsync(await shopper.PostAsJsonAsync($"/api/v1/me/complaints/{id}/satisfaction", new { score = 4 }));
        var again = await shopper.PostAsJsonAsync($"/api/v1/me/complaints/{id}/satisfaction", new { score = 5 });

        Str(recorded, "source").ShouldBe("Staff");
        Str(recorded, "cardNumber").ShouldBe(cardNumber);
        Str(acknowledged, "status").ShouldBe("Acknowledged");
        Instant(acknowledged, "acknowledgedAt").ShouldBe(T0.AddHours(2));
        Str(resolved, "status").ShouldBe("Resolved");
        Instant(resolved, "resolvedAt").ShouldBe(T0.AddHours(5));
        Str(resolved, "resolution").ShouldBe("已补录积分 120 分");
        Str(rated, "status").ShouldBe("Rated");
        rated["satisfactionScore"]!.GetValue<int>().ShouldBe(4);
        Instant(rated, "ratedAt").ShouldBe(T0.AddHours(6));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "complaint.already_rated");
        (await ComplaintNoticesAsync()).ShouldBe(new List<(Guid, string, string?)> { (memberId, "complaint.resolved", id) });
        var mine = await GetOkAsync(shopper, "/api/v1/me/complaints");
        mine["items"]![0]!["satisfactionScore"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task ResolveComplaint_WhenOpen_AcknowledgesAndResolvesAtOnce()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var id = Str(await RecordWalkInAsync(branch), "id");
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));

        var resolved = await OkAsync(await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "当场退款" }));

        Str(resolved, "status").ShouldBe("Resolved");
        Instant(resolved, "acknowledgedAt").ShouldBe(T0.AddMinutes(10));
        Instant(resolved, "resolvedAt").ShouldBe(T0.AddMinutes(10));
        (await ComplaintNoticesAsync()).ShouldBeEmpty("a walk-in has nobody to notify");
    }

    [Fact]
    public async Task RecordComplaint_WhenAnonymousWalkIn_Returns201WithoutCardAndNoMemberSeesIt()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, _, _) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");

        var complaint = await RecordWalkInAsync(branch);

        complaint["cardNumber"].ShouldBeNull();
        Str(complaint, "channel").ShouldBe("Store");
        Instant(complaint, "dueAt").ShouldBe(T0 + Deadline);
        Ids(await GetOkAsync(shopper, "/api/v1/me/complaints")).ShouldBeEmpty();
        Ids(await GetOkAsync(branch.Client, "/api/v1/branch/complaints")).ShouldBe([Str(complaint, "id")]);
    }

    [Fact]
    public async Task RecordComplaint_WhenMemberOfAnotherBranch_BelongsToTheRecordingBranchAndTheMemberSeesIt()
    {
        var home = await OpenBranchAsync("SZ001", "755");
        var visited = await OpenBranchAsync("GZ001", "020");
        var (shopper, _, cardNumber) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");

        var complaint = await CreatedAsync(await visited.Client.PostAsJsonAsync("/api/v1/branch/complaints",
            new { cardNumber, channel = "Store", category = "Price", content = "价签与收银不符" }));

        Str(complaint, "branchCode").ShouldBe("GZ001");
        Str(complaint, "cardNumber").ShouldBe(cardNumber);
        var id = Str(complaint, "id");
        Ids(await GetOkAsync(visited.Client, "/api/v1/branch/complaints")).ShouldBe([id]);
        Ids(await GetOkAsync(home.Client, "/api/v1/branch/complaints")).ShouldBeEmpty();
        Ids(await GetOkAsync(shopper, "/api/v1/me/complaints")).ShouldBe([id]);
    }

    [Fact]
    public async Task ListComplaints_WhenDeadlinesPass_OverdueListsOnlyUnresolvedPastTheirDeadline()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var early = Str(await RecordWalkInAsync(sz), "id");
        var promised = Str(await CreatedAsync(await sz.Client.PostAsJsonAsync("/api/v1/branch/complaints",
            new { channel = "Phone", category = "Card", content = "卡片无法激活", dueAt = T0.AddHours(4) })), "id");
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var later = Str(await RecordWalkInAsync(sz), "id");
        var elsewhere = Str(await RecordWalkInAsync(gz), "id");
        var hq = HeadOffice();

        Factory.Clock.SetUtcNow(T0.AddHours(5));
        var atFive = Ids(await GetOkAsync(sz.Client, "/api/v1/branch/complaints?overdue=true"));
        Factory.Clock.SetUtcNow(T0.AddHours(48).AddSeconds(1));
        var justPast = Ids(await GetOkAsync(sz.Client, "/api/v1/branch/complaints?overdue=true"));
        await OkAsync(await sz.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{early}/resolve", new { resolution = "已处理" }));
        Factory.Clock.SetUtcNow(T0.AddHours(50));
        var afterResolving = Ids(await GetOkAsync(sz.Client, "/api/v1/branch/complaints?overdue=true"));
        var notOverdue = Ids(await GetOkAsync(sz.Client, "/api/v1/branch/complaints?overdue=false"));
        var resolvedOnly = Ids(await GetOkAsync(sz.Client, "/api/v1/branch/complaints?status=Resolved"));
        var hqOverdue = Ids(await GetOkAsync(hq, "/api/v1/hq/complaints?overdue=true"));
        var hqOverdueSz = Ids(await GetOkAsync(hq, "/api/v1/hq/complaints?overdue=true&branch=SZ001"));

        atFive.ShouldBe([promised]);
        justPast.ShouldBe([promised, early]);
        afterResolving.ShouldBe([promised, later]);
        notOverdue.ShouldBe([early]);
        resolvedOnly.ShouldBe([early]);
        hqOverdue.ShouldBe([promised, later, elsewhere]);
        hqOverdueSz.ShouldBe([promised, later]);
    }

    [Fact]
    public async Task RecordComplaint_WhenCardNumberUnknown_Returns400NamingCardNumberAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var body = "7559999999";
        var unknown = body + MemberCard.Domain.Members.CardNumber.CheckDigit(body);
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/complaints",
            new { cardNumber = unknown, channel = "Store", category = "Service", content = "态度差" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "member.not_found", "cardNumber");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RecordComplaint_WhenPhoneUnknown_Returns400NamingPhoneAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/complaints",
            new { phone = "13900001111", channel = "Phone", category = "Service", content = "态度差" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "member.not_found", "phone");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("dueAt", "past")]
    [InlineData("content", "blank")]
    [InlineData("category", "missing")]
    [InlineData("cardNumber", "badCheckDigit")]
    [InlineData("phone", "withCardNumber")]
    public async Task RecordComplaint_WhenInputInvalid_Returns400NamingTheFieldAndWritesNothing(string field, string variant)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var card = Str(await ApplyOfflineAsync(branch, "13800138000"), "cardNumber");
        object body = variant switch
        {
            "past" => new { channel = "Store", category = "Service", content = "x", dueAt = T0.AddMinutes(-1) },
            "blank" => new { channel = "Store", category = "Service", content = "   " },
            "missing" => new { channel = "Store", content = "x" },
            "badCheckDigit" => new { cardNumber = card[..^1] + (char)('0' + ((card[^1] - '0' + 1) % 10)), channel = "Store", category = "Service", content = "x" },
            _ => new { cardNumber = card, phone = "13800138000", channel = "Store", category = "Service", content = "x" },
        };
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/complaints", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RecordComplaint_WhenChannelUnknown_Returns400NamingChannelAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/complaints", new { channel = "Fax", category = "Service", content = "x" });

        await response.ShouldBeUnreadableBodyAsync("channel");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task SubmitComplaint_WhenBranchCodeUnknown_Returns400NamingBranchCodeAndWritesNothing()
    {
        await OpenBranchAsync("SZ001", "755");
        var (shopper, _, _) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "x", branchCode = "NOPE1" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "branch.not_found", "branchCode");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(0)]
    public async Task RateComplaint_WhenScoreOutOfRange_Returns400NamingScoreAndWritesNothing(int score)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, _, _) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");
        var id = Str(await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "x" })), "id");
        await OkAsync(await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "已致歉" }));
        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync($"/api/v1/me/complaints/{id}/satisfaction", new { score });

        await response.ShouldBeValidationProblemAsync("score");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("Acknowledged")]
    public async Task RateComplaint_BeforeResolution_Returns409AndWritesNothing(string state)
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (shopper, _, _) = await ShopperMemberAsync("o_member", "13800138000", "SZ001");
        var id = Str(await CreatedAsync(await shopper.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "x" })), "id");
        if (state == "Acknowledged")
        {
            await OkAsync(await branch.Client.PostAsync($"/api/v1/branch/complaints/{id}/acknowledge", null));
        }

        var before = await SnapshotDatabaseAsync();

        var response = await shopper.PostAsJsonAsync($"/api/v1/me/complaints/{id}/satisfaction", new { score = 3 });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "complaint.not_resolved");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task RateComplaint_WhenAnotherMembersComplaint_Returns404AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var (owner, _, _) = await ShopperMemberAsync("o_owner", "13800138000", "SZ001");
        var (stranger, _, _) = await ShopperMemberAsync("o_stranger", "13800138001", "SZ001");
        var id = Str(await CreatedAsync(await owner.PostAsJsonAsync("/api/v1/me/complaints", new { category = "Service", content = "x" })), "id");
        await OkAsync(await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "已致歉" }));
        var before = await SnapshotDatabaseAsync();

        var response = await stranger.PostAsJsonAsync($"/api/v1/me/complaints/{id}/satisfaction", new { score = 1 });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "complaint.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
        Ids(await GetOkAsync(stranger, "/api/v1/me/complaints")).ShouldBeEmpty();
    }

    [Fact]
    public async Task AcknowledgeAndResolve_WhenAnotherBranchsComplaint_Return404AndWriteNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var id = Str(await RecordWalkInAsync(sz), "id");
        var before = await SnapshotDatabaseAsync();

        var acknowledge = await gz.Client.PostAsync($"/api/v1/branch/complaints/{id}/acknowledge", null);
        var resolve = await gz.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "不是我们的" });

        await acknowledge.ShouldBeProblemAsync(HttpStatusCode.NotFound, "complaint.not_found");
        await resolve.ShouldBeProblemAsync(HttpStatusCode.NotFound, "complaint.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task AcknowledgeComplaint_WhenAlreadyResolved_Returns409AndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var id = Str(await RecordWalkInAsync(branch), "id");
        await OkAsync(await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "已处理" }));
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsync($"/api/v1/branch/complaints/{id}/acknowledge", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "complaint.illegal_transition");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task ResolveComplaint_WhenResolutionMissing_Returns400NamingResolutionAndWritesNothing()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var id = Str(await RecordWalkInAsync(branch), "id");
        var before = await SnapshotDatabaseAsync();

        var response = await branch.Client.PostAsJsonAsync($"/api/v1/branch/complaints/{id}/resolve", new { resolution = "" });

        await response.ShouldBeValidationProblemAsync("resolution");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task ListHeadOfficeComplaints_WhenBranchUnknown_Returns400NamingBranch()
    {
        var response = await HeadOffice().GetAsync("/api/v1/hq/complaints?branch=NOPE1");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "branch.not_found", "branch");
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> RecordWalkInAsync(TestBranch branch) =>
        await CreatedAsync(await branch.Client.PostAsJsonAsync("/api/v1/branch/complaints", new { channel = "Store", category = "Service", content = "店员态度差" }));
}
