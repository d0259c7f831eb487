namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

public sealed class BirthdayGiftTests(MemberCardApiFactory factory) : MemberCareTestBase(factory)
{
    [Fact]
    public async Task Issue_WhenBirthdayIsThisMonth_IssuesTheGiftAndNotifiesTheMember()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await IssuedMemberAsync(sz, "13800138000", MarchBirthDate);

        var response = await IssueGiftAsync(sz.Client, new { memberId = member.MemberId, giftName = "寿面礼盒", description = "长寿面两盒" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var gift = await ReadJsonAsync(response);
        gift["status"]!.GetValue<string>().ShouldBe("Issued");
        gift["year"]!.GetValue<int>().ShouldBe(2026);
        gift["issuedOn"]!.GetValue<string>().ShouldBe("2026-03-10");
        gift["branchId"]!.GetValue<string>().ShouldBe(sz.Id.ToString());
        gift["member"]!["id"]!.GetValue<string>().ShouldBe(member.MemberId.ToString());
        gift["member"]!["maskedPhone"]!.GetValue<string>().ShouldBe("138****8000");
        (await NoticesOfAsync(member)).ShouldBe(["birthday.gift_ready"]);
        var listed = Items(await GetOkAsync(sz.Client, BirthdaysRoute)).Single();
        listed["giftId"]!.GetValue<string>().ShouldBe(IdOf(gift).ToString());
        listed["giftStatus"]!.GetValue<string>().ShouldBe("Issued");
    }

    [Fact]
    public async Task Issue_WhenMemberIsNamedByCardNumber_IssuesTheGift()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await IssuedMemberAsync(sz, "13800138000", MarchBirthDate);

        var response = await IssueGiftAsync(sz.Client, new { cardNumber = member.CardNumber, giftName = "寿面礼盒", year = 2026 });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await ReadJsonAsync(response))["member"]!["id"]!.GetValue<string>().ShouldBe(member.MemberId.ToString());
    }

    [Fact]
    public async Task Issue_WhenMemberAlreadyHasThisYearsGift_Returns409AndWritesNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await IssuedMemberAsync(sz, "13800138000", MarchBirthDate);
        var first = await IssuedGiftAsync(sz, member);
        (await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(first)}/return", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await SnapshotDatabaseAsync();

        var second = await IssueGiftAsync(sz.Client, new { memberId = member.MemberId, giftName = "蛋糕券" });

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict, "birthday_gift.already_issued");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Issue_WhenBirthdayIsInAnotherMonthOrYear_Returns409AndWritesNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var may = await IssuedMemberAsync(sz, "13800138000", "1990-05-12");
        var march = await IssuedMemberAsync(sz, "13800138001", MarchBirthDate);
        var before = await SnapshotDatabaseAsync();

        var notThisMonth = await IssueGiftAsync(sz.Client, new { memberId = may.MemberId, giftName = "寿面礼盒" });
        var nextYear = await IssueGiftAsync(sz.Client, new { memberId = march.MemberId, giftName = "寿面礼盒", year = 2027 });

        await notThisMonth.ShouldBeProblemAsync(HttpStatusCode.Conflict, "birthday_gift.not_birthday_month");
        await nextYear.ShouldBeProblemAsync(HttpStatusCode.Conflict, "birthday_gift.not_birthday_month");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Issue_WhenMemberIsUnknownOrAnotherBranchs_Returns404AndWritesNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var ofGz = await IssuedMemberAsync(gz, "13800138000", MarchBirthDate);
        var before = await SnapshotDatabaseAsync();

        var unknown = await IssueGiftAsync(sz.Client, new { memberId = Guid.NewGuid(), giftName = "寿面礼盒" });
        var foreign = await IssueGiftAsync(sz.Client, new { memberId = ofGz.MemberId, giftName = "寿面礼盒" });
        var foreignCard = await IssueGiftAsync(sz.Client, new { cardNumber = ofGz.CardNumber, giftName = "寿面礼盒" });

        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        await foreignCard.ShouldBeProblemAsync(HttpStatusCode.NotFound, "member.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { """{"giftName":"寿面礼盒"}""", "memberId" },
        { """{"memberId":"0198c4f0-0000-7000-8000-000000000001","cardNumber":"75500000019","giftName":"寿面礼盒"}""", "memberId" },
        { """{"cardNumber":"123","giftName":"寿面礼盒"}""", "cardNumber" },
        { """{"memberId":"0198c4f0-0000-7000-8000-000000000001","giftName":"  "}""", "giftName" },
        { """{"memberId":"0198c4f0-0000-7000-8000-000000000001","giftName":"寿面礼盒","year":1990}""", "year" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Issue_WhenBodyIsInvalid_Returns400NamingTheFieldAndWritesNothing(string body, string field)
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        await IssuedMemberAsync(sz, "13800138000", MarchBirthDate);
        var before = await SnapshotDatabaseAsync();

        var response = await sz.Client.PostRawAsync(GiftsRoute, body);

        await response.ShouldBeValidationProblemAsync(field);
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task Issue_WhenHeadOfficeTries_Returns403()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await IssuedMemberAsync(sz, "13800138000", MarchBirthDate);

        var response = await IssueGiftAsync(HeadOffice(), new { memberId = member.MemberId, giftName = "寿面礼盒" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "auth.branch_only");
    }

    [Fact]
    public async Task Sign_WhenGiftIsIssued_MarksItCollectedOnce()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gift = await IssuedGiftAsync(sz, await IssuedMemberAsync(sz, "13800138000", MarchBirthDate));
        Factory.Clock.Advance(TimeSpan.FromDays(2));

        var signed = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(gift)}/sign", null);
        var again = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(gift)}/sign", null);
        var returned = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(gift)}/return", null);

        signed.StatusCode.ShouldBe(HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(signed);
        body["status"]!.GetValue<string>().ShouldBe("Collected");
        InstantOf(body["collectedAt"]).ShouldBe(Utc("2026-03-12T04:00:00Z"));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "birthday_gift.not_issued");
        await returned.ShouldBeProblemAsync(HttpStatusCode.Conflict, "birthday_gift.not_issued");
    }

    [Fact]
    public async Task Sign_WhenGiftWasReturned_Returns409AndWritesNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gift = await IssuedGiftAsync(sz, await IssuedMemberAsync(sz, "13800138000", MarchBirthDate));
        var returned = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(gift)}/return", null);
        var before = await SnapshotDatabaseAsync();

        var signed = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(gift)}/sign", null);

        returned.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(returned))["status"]!.GetValue<string>().ShouldBe("Returned");
        await signed.ShouldBeProblemAsync(HttpStatusCode.Conflict, "birthday_gift.not_issued");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task SignAndReturn_WhenGiftIsUnknownOrAnotherBranchs_Return404AndWriteNothing()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var ofGz = await IssuedGiftAsync(gz, await IssuedMemberAsync(gz, "13800138000", MarchBirthDate));
        var before = await SnapshotDatabaseAsync();

        var foreignSign = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(ofGz)}/sign", null);
        var foreignReturn = await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(ofGz)}/return", null);
        var unknown = await sz.Client.PostAsync($"{GiftsRoute}/{Guid.NewGuid()}/sign", null);

        await foreignSign.ShouldBeProblemAsync(HttpStatusCode.NotFound, "birthday_gift.not_found");
        await foreignReturn.ShouldBeProblemAsync(HttpStatusCode.NotFound, "birthday_gift.not_found");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "birthday_gift.not_found");
        (await SnapshotDatabaseAsync()).ShouldBeUnchanged(before);
    }

    [Fact]
    public async Task List_WhenMonthAndStatusAreGiven_ListsThatMonthsGiftsInIssueOrder()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var first = await IssuedGiftAsync(sz, await IssuedMemberAsync(sz, "13800138000", MarchBirthDate));
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        var second = await IssuedGiftAsync(sz, await IssuedMemberAsync(sz, "13800138001", "1988-03-01"));
        await IssuedGiftAsync(gz, await IssuedMemberAsync(gz, "13800138002", MarchBirthDate));
        (await sz.Client.PostAsync($"{GiftsRoute}/{IdOf(first)}/sign", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var march = await GetOkAsync(sz.Client, GiftsRoute + "?month=2026-03");
        var issued = await GetOkAsync(sz.Client, GiftsRoute + "?status=Issued");
        var april = await GetOkAsync(sz.Client, GiftsRoute + "?month=2026-04");
        var all = await GetOkAsync(HeadOffice(), GiftsRoute);
        var malformed = await sz.Client.GetAsync(GiftsRoute + "?month=2026-00");

        Items(march).Select(i => IdOf(i)).ShouldBe([IdOf(first), IdOf(second)]);
        Items(issued).Select(i => IdOf(i)).ShouldBe([IdOf(second)]);
        Items(april).ShouldBeEmpty();
        all["totalCount"]!.GetValue<int>().ShouldBe(3);
        await malformed.ShouldBeValidationProblemAsync("month");
    }
}
