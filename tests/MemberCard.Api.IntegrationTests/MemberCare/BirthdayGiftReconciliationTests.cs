namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Net;
using System.Text.Json.Nodes;
using MemberCard.Api.IntegrationTests.Infrastructure;
using MemberCard.Api.IntegrationTests.Validation;

public sealed class BirthdayGiftReconciliationTests(MemberCardApiFactory factory) : MemberCareTestBase(factory)
{
    /// <summary>
    /// Gift A issued on 3 March and signed for on 12 March; B issued on 10 March and returned on 16 March;
    /// C issued on 14 March and still waiting; D issued on 15 March by another branch.
    /// </summary>
    [Fact]
    public async Task Reconcile_WhenGiftsMovedInBothHalves_CountsEachHalfOnItsOwn()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var a = await IssuedMemberAsync(sz, "13800138000", MarchBirthDate);
        var b = await IssuedMemberAsync(sz, "13800138001", "1980-03-01");
        var c = await IssuedMemberAsync(sz, "13800138002", "1975-03-31");
        var d = await IssuedMemberAsync(gz, "13800138003", MarchBirthDate);
        PinChinaDate(new DateOnly(2026, 3, 3));
        var giftA = IdOf(await IssuedGiftAsync(sz, a));
        PinChinaDate(new DateOnly(2026, 3, 10));
        var giftB = IdOf(await IssuedGiftAsync(sz, b));
        PinChinaDate(new DateOnly(2026, 3, 12));
        (await sz.Client.PostAsync($"{GiftsRoute}/{giftA}/sign", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        PinChinaDate(new DateOnly(2026, 3, 14));
        var giftC = IdOf(await IssuedGiftAsync(sz, c));
        PinChinaDate(new DateOnly(2026, 3, 15));
        var giftD = IdOf(await IssuedGiftAsync(gz, d));
        PinChinaDate(new DateOnly(2026, 3, 16));
        (await sz.Client.PostAsync($"{GiftsRoute}/{giftB}/return", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var firstHalf = await GetOkAsync(sz.Client, ReconciliationRoute + "?period=2026-03-1");
        var secondHalf = await GetOkAsync(sz.Client, ReconciliationRoute + "?period=2026-03-2");
        var guangzhouByHq = await GetOkAsync(HeadOffice(), ReconciliationRoute + "?period=2026-03-1&branch=GZ001");
        var chainByHq = await GetOkAsync(HeadOffice(), ReconciliationRoute + "?period=2026-03-1");

        firstHalf["from"]!.GetValue<string>().ShouldBe("2026-03-01");
        firstHalf["to"]!.GetValue<string>().ShouldBe("2026-03-15");
        Group(firstHalf, "issued").ShouldBe([giftA, giftB, giftC]);
        Group(firstHalf, "collected").ShouldBe([giftA]);
        Group(firstHalf, "returned").ShouldBeEmpty();
        Group(firstHalf, "outstanding").ShouldBe([giftB, giftC]);
        firstHalf["outstanding"]!["count"]!.GetValue<int>().ShouldBe(2);
        secondHalf["from"]!.GetValue<string>().ShouldBe("2026-03-16");
        secondHalf["to"]!.GetValue<string>().ShouldBe("2026-03-31");
        Group(secondHalf, "issued").ShouldBeEmpty();
        Group(secondHalf, "collected").ShouldBeEmpty();
        Group(secondHalf, "returned").ShouldBe([giftB]);
        Group(secondHalf, "outstanding").ShouldBe([giftC]);
        Group(guangzhouByHq, "issued").ShouldBe([giftD]);
        Group(guangzhouByHq, "outstanding").ShouldBe([giftD]);
        Group(chainByHq, "issued").ShouldBe([giftA, giftB, giftC, giftD]);
    }

    [Fact]
    public async Task Reconcile_WhenCalledByAnotherBranch_ShowsNoneOfTheGifts()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        await IssuedGiftAsync(sz, await IssuedMemberAsync(sz, "13800138000", MarchBirthDate));

        var report = await GetOkAsync(gz.Client, ReconciliationRoute + "?period=2026-03-1");

        foreach (var group in new[] { "issued", "collected", "returned", "outstanding" })
        {
            Group(report, group).ShouldBeEmpty();
            report[group]!["count"]!.GetValue<int>().ShouldBe(0);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?period=2026-03")]
    [InlineData("?period=2026-03-3")]
    [InlineData("?period=2026-13-1")]
    [InlineData("?period=26-03-1")]
    public async Task Reconcile_WhenPeriodIsMalformed_Returns400NamingIt(string query)
    {
        var sz = await OpenBranchAsync("SZ001", "755");

        var response = await sz.Client.GetAsync(ReconciliationRoute + query);

        await response.ShouldBeValidationProblemAsync("period");
    }

    private static List<Guid> Group(JsonObject report, string name) =>
        report[name]!["items"]!.AsArray().Select(i => IdOf(i)).ToList();
}
