namespace MemberCard.Api.IntegrationTests.Lifecycle;

using System.Net;
using System.Net.Http.Json;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class OfflineApplicationTests(MemberCardApiFactory factory) : LifecycleTestBase(factory)
{
    [Fact]
    public async Task Apply_WhenStaffEntersForm_Returns201WithLocationOfTheMember()
    {
        var branch = await OpenBranchAsync("SZ001", "755");

        var response = await branch.Client.PostAsJsonAsync("/api/v1/branch/card-applications", new
        {
            name = "赵六",
            gender = "Female",
            birthDate = "1975-11-03",
            phone = "13800138000",
            address = "深圳市南山区科技园1栋",
            email = "zhao@example.com",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(response);
        response.Headers.Location!.OriginalString.ShouldBe("/api/v1/branch/members/" + Str(card, "memberId"));
        var number = Str(card, "cardNumber");
        number.ShouldStartWith("755");
        HasValidLuhn(number).ShouldBeTrue(number);
        Str(card, "status").ShouldBe("Issued");
        Str(card, "tier").ShouldBe("Regular");
        Str(card, "channel").ShouldBe("Offline");
        Str(card, "issuingBranchId").ShouldBe(branch.Id.ToString());
        var member = await GetOkAsync(branch.Client, response.Headers.Location.OriginalString);
        Str(member, "name").ShouldBe("赵六");
        Str(member, "phone").ShouldBe("13800138000");
        Str(member, "birthDate").ShouldBe("1975-11-03");
        Str(member, "gender").ShouldBe("Female");
        Str(member, "address").ShouldBe("深圳市南山区科技园1栋");
        Str(member, "email").ShouldBe("zhao@example.com");
        Str(member, "homeBranchId").ShouldBe(branch.Id.ToString());
        Str(member, "channel").ShouldBe("Offline");
        member["hasWeChat"]!.GetValue<bool>().ShouldBeFalse();
        Str(member["currentCard"], "cardNumber").ShouldBe(number);
    }

    [Fact]
    public async Task ListMembers_AfterOfflineApplications_ShowsThemMaskedWithOrderedSerials()
    {
        var branch = await OpenBranchAsync("SZ001", "755");
        var first = await ApplyOfflineAsync(branch, "13800138000", "赵六");
        var second = await ApplyOfflineAsync(branch, "13800138001", "钱七");

        var list = await GetOkAsync(branch.Client, "/api/v1/branch/members");

        SerialOf(Str(first, "cardNumber")).ShouldBe(1);
        SerialOf(Str(second, "cardNumber")).ShouldBe(2);
        list["totalCount"]!.GetValue<int>().ShouldBe(2);
        var row = list["items"]!.AsArray().Single(i => Str(i, "id") == Str(first, "memberId"));
        Str(row, "cardNumber").ShouldBe(Str(first, "cardNumber"));
        Str(row, "cardStatus").ShouldBe("Issued");
        Str(row, "maskedName").ShouldBe("赵*");
        Str(row, "maskedPhone").ShouldBe("138****8000");
        row!.ToJsonString().ShouldNotContain("13800138000");
    }

    [Fact]
    public async Task Apply_WhenHeadOfficeOmitsBranchCode_Returns400AndWritesNothing()
    {
        await OpenBranchAsync("SZ001", "755");
        var before = await SnapshotDatabaseAsync();

        var response = await HeadOffice().PostAsJsonAsync("/api/v1/branch/card-applications", Application("13800138000"));

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "branch.required");
        problem["errors"]!["branchCode"].ShouldNotBeNull();
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Apply_WhenHeadOfficeNamesBranch_MakesItTheHomeBranch()
    {
        await OpenBranchAsync("SZ001", "755");
        var guangzhou = await OpenBranchAsync("GZ001", "020");

        var response = await HeadOffice().PostAsJsonAsync("/api/v1/branch/card-applications", new
        {
            name = "孙八",
            gender = "Unspecified",
            birthDate = "2000-01-01",
            phone = "13800138000",
            branchCode = "GZ001",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var card = await ReadJsonAsync(response);
        Str(card, "cardNumber").ShouldStartWith("020");
        Str(card, "channel").ShouldBe("Offline");
        var member = await GetMemberAsync(guangzhou.Client, Str(card, "memberId"));
        Str(member, "homeBranchId").ShouldBe(guangzhou.Id.ToString());
    }

    [Fact]
    public async Task Apply_WhenPhoneAlreadyHasACardAtAnotherBranch_Returns422PhoneTaken()
    {
        var shenzhen = await OpenBranchAsync("SZ001", "755");
        var guangzhou = await OpenBranchAsync("GZ001", "020");
        await ApplyOfflineAsync(shenzhen, "13800138000");
        var before = await SnapshotDatabaseAsync();

        var response = await guangzhou.Client.PostAsJsonAsync("/api/v1/branch/card-applications", Application("13800138000", "周九"));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, "review.phone_taken");
        (await SnapshotDatabaseAsync()).ShouldBe(before);
    }
}
