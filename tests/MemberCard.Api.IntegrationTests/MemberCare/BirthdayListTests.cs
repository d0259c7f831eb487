namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

public sealed class BirthdayListTests(MemberCardApiFactory factory) : MemberCareTestBase(factory)
{
    [Fact]
    public async Task List_WhenNoMonthIsGiven_ListsOwnMembersBornThisMonthByDayMasked()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var late = await IssuedMemberAsync(sz, "13800138000", "1990-03-20");
        var early = await IssuedMemberAsync(sz, "13800138001", "1985-03-02");
        await IssuedMemberAsync(sz, "13800138002", "1990-05-12");
        await IssuedMemberAsync(gz, "13800138003", "1991-03-05");

        var response = await sz.Client.GetAsync(BirthdaysRoute);
        var detail = await GetOkAsync(sz.Client, $"/api/v1/branch/members/{late.MemberId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync();
        var page = await ReadJsonAsync(response);
        page["totalCount"]!.GetValue<int>().ShouldBe(2);
        var items = Items(page);
        items.Select(i => Guid.Parse(i["member"]!["id"]!.GetValue<string>())).ShouldBe([early.MemberId, late.MemberId]);
        items.Select(i => i["birthday"]!.GetValue<string>()).ShouldBe(["2026-03-02", "2026-03-20"]);
        var first = items[0]["member"]!;
        first["maskedName"]!.GetValue<string>().ShouldBe("张*");
        first["maskedPhone"]!.GetValue<string>().ShouldBe("138****8001");
        first["maskedBirthDate"]!.GetValue<string>().ShouldBe("****-03-02");
        items[0]["cardNumber"]!.GetValue<string>().ShouldBe(early.CardNumber);
        items[0]["giftStatus"].ShouldBeNull();
        raw.ShouldNotContain("13800138001");
        raw.ShouldNotContain("1985");
        detail["phone"]!.GetValue<string>().ShouldBe(late.Phone, "the home branch sees full details on the member route");
    }

    [Fact]
    public async Task List_WhenMonthIsGiven_ListsThatMonthsBirthdays()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        await IssuedMemberAsync(sz, "13800138000", "1990-03-20");
        var may = await IssuedMemberAsync(sz, "13800138001", "1990-05-12");

        var page = await GetOkAsync(sz.Client, BirthdaysRoute + "?month=2026-05");

        Items(page).Select(i => Guid.Parse(i["member"]!["id"]!.GetValue<string>())).ShouldBe([may.MemberId]);
        Items(page)[0]["birthday"]!.GetValue<string>().ShouldBe("2026-05-12");
    }

    [Fact]
    public async Task List_WhenBornOn29February_CelebratesOn28FebruaryInCommonYears()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        await IssuedMemberAsync(sz, "13800138000", "1992-02-29");

        var common = await GetOkAsync(sz.Client, BirthdaysRoute + "?month=2027-02");
        var leap = await GetOkAsync(sz.Client, BirthdaysRoute + "?month=2028-02");

        Items(common).Single()["birthday"]!.GetValue<string>().ShouldBe("2027-02-28");
        Items(leap).Single()["birthday"]!.GetValue<string>().ShouldBe("2028-02-29");
    }

    [Fact]
    public async Task List_WhenHeadOfficeReads_SeesEveryBranchOrTheOneItNames()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var ofSz = await IssuedMemberAsync(sz, "13800138000", "1990-03-20");
        var ofGz = await IssuedMemberAsync(gz, "13800138001", "1991-03-05");

        var all = await GetOkAsync(HeadOffice(), BirthdaysRoute);
        var guangzhou = await GetOkAsync(HeadOffice(), BirthdaysRoute + "?branch=GZ001");
        var narrowedByBranch = await GetOkAsync(sz.Client, BirthdaysRoute + "?branch=GZ001");

        Items(all).Select(i => Guid.Parse(i["member"]!["id"]!.GetValue<string>())).ShouldBe([ofGz.MemberId, ofSz.MemberId]);
        Items(guangzhou).Select(i => Guid.Parse(i["member"]!["id"]!.GetValue<string>())).ShouldBe([ofGz.MemberId]);
        Items(narrowedByBranch).ShouldBeEmpty("a branch naming another branch still sees only its own members");
    }

    [Theory]
    [InlineData("?month=2026-13", "month")]
    [InlineData("?month=2026-3", "month")]
    [InlineData("?month=march", "month")]
    [InlineData("?month=2026-03-01", "month")]
    [InlineData("?branch=NOPE", "branch")]
    [InlineData("?pageSize=0", "pageSize")]
    public async Task List_WhenParameterIsMalformed_Returns400NamingIt(string query, string field)
    {
        await OpenBranchAsync("SZ001", "755");

        var response = await HeadOffice().GetAsync(BirthdaysRoute + query);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field == "branch" ? "branch.not_found" : "validation_failed", field);
        problem["errors"]!.AsObject().Count.ShouldBe(1);
    }
}
