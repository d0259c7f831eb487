namespace MemberCard.Api.IntegrationTests.MemberCare;

using System.Net;
using MemberCard.Api.IntegrationTests.Infrastructure;

public sealed class FollowUpCadenceTests(MemberCardApiFactory factory) : MemberCareTestBase(factory)
{
    [Fact]
    public async Task Commit_WhenPurchaseMakesTheMemberGold_GeneratesTheCadenceForTheHomeBranch()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");

        var receipt = await BuyAsync(sz, member, 10_000m);

        receipt["tier"]!.GetValue<string>().ShouldBe("Gold");
        var tasks = Items(await GetOkAsync(sz.Client, FollowUpsRoute));
        tasks.Select(t => (t["step"]!.GetValue<string>(), t["kind"]!.GetValue<string>(), InstantOf(t["dueAt"]))).ShouldBe(
        [
            ("ThankYou", "Message", Utc("2026-03-10T04:03:00Z")),
            ("Care", "Message", Utc("2026-03-13T04:00:00Z")),
            ("Greeting", "Message", Utc("2026-03-24T04:00:00Z")),
            ("CallAfter1Month", "Call", Utc("2026-04-10T04:00:00Z")),
            ("CallAfter4Months", "Call", Utc("2026-07-10T04:00:00Z")),
            ("CallAfter6Months", "Call", Utc("2026-09-10T04:00:00Z")),
            ("CallAfter9Months", "Call", Utc("2026-12-10T04:00:00Z")),
        ]);
        tasks.ShouldAllBe(t => t["status"]!.GetValue<string>() == "Open" && t["branchId"]!.GetValue<string>() == sz.Id.ToString());
        tasks.ShouldAllBe(t => t["purchaseId"]!.GetValue<string>() == receipt["purchaseId"]!.GetValue<string>());
        var who = tasks[0]["member"]!;
        who["id"]!.GetValue<string>().ShouldBe(member.MemberId.ToString());
        who["maskedName"]!.GetValue<string>().ShouldBe("张*");
        who["maskedPhone"]!.GetValue<string>().ShouldBe("138****8000");
        who["tier"]!.GetValue<string>().ShouldBe("Gold");
    }

    [Fact]
    public async Task Commit_WhenPurchaseIsOnTheLastDayOfAMonth_CallsFallOnCalendarMonthsInChina()
    {
        Factory.Clock.SetChinaDate(new DateOnly(2026, 1, 31), hour: 7);
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");

        await BuyAsync(sz, member, 30_000m);

        var calls = Items(await GetOkAsync(sz.Client, FollowUpsRoute + "?kind=Call")).Select(t => InstantOf(t["dueAt"])).ToList();
        calls.ShouldBe(
        [
            Utc("2026-02-27T23:00:00Z"),
            Utc("2026-05-30T23:00:00Z"),
            Utc("2026-07-30T23:00:00Z"),
            Utc("2026-10-30T23:00:00Z"),
        ]);
    }

    [Fact]
    public async Task Commit_WhenMemberStaysBelowGold_GeneratesNoTasks()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");

        var receipt = await BuyAsync(sz, member, 9_999.99m);

        receipt["tier"]!.GetValue<string>().ShouldBe("Silver");
        (await GetOkAsync(sz.Client, FollowUpsRoute))["totalCount"]!.GetValue<int>().ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM membercard.follow_up_tasks")).ShouldBe(0);
    }

    [Fact]
    public async Task Commit_WhenGoldMemberBuysAtAnotherBranch_GivesTheTasksToTheHomeBranch()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var gz = await OpenBranchAsync("GZ001", "020");
        var member = await ActiveMemberAsync(sz, "13800138000");

        await BuyAsync(gz, member, 10_000m);

        (await GetOkAsync(sz.Client, FollowUpsRoute))["totalCount"]!.GetValue<int>().ShouldBe(7);
        (await GetOkAsync(gz.Client, FollowUpsRoute))["totalCount"]!.GetValue<int>().ShouldBe(0);
        (await GetOkAsync(HeadOffice(), FollowUpsRoute))["totalCount"]!.GetValue<int>().ShouldBe(7);
    }

    [Fact]
    public async Task Commit_WhenCadenceStartedWithinThreeDays_KeepsItWithoutNewTasks()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");
        await BuyAsync(sz, member, 10_000m);
        Factory.Clock.Advance(TimeSpan.FromDays(2));

        await BuyAsync(sz, member, 500m);

        var tasks = Items(await GetOkAsync(sz.Client, FollowUpsRoute));
        tasks.Count.ShouldBe(7);
        tasks.ShouldAllBe(t => InstantOf(t["cadenceStartedAt"]) == Utc("2026-03-10T04:00:00Z"));
    }

    [Fact]
    public async Task Commit_WhenCadenceIsOlderThanThreeDays_CancelsWhatIsOpenAndStartsAgain()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");
        await BuyAsync(sz, member, 10_000m);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        (await RunMessagesJobAsync()).ShouldBe(1);
        PinChinaDate(new DateOnly(2026, 3, 20));

        var second = await BuyAsync(sz, member, 800m);

        var tasks = Items(await GetOkAsync(sz.Client, FollowUpsRoute + "?pageSize=100"));
        tasks.Count.ShouldBe(14);
        var old = tasks.Where(t => InstantOf(t["cadenceStartedAt"]) == Utc("2026-03-10T04:00:00Z")).ToList();
        var fresh = tasks.Where(t => t["purchaseId"]!.GetValue<string>() == second["purchaseId"]!.GetValue<string>()).ToList();
        old.Select(t => t["status"]!.GetValue<string>()).ShouldBe(["Done", "Cancelled", "Cancelled", "Cancelled", "Cancelled", "Cancelled", "Cancelled"]);
        fresh.Count.ShouldBe(7);
        fresh.ShouldAllBe(t => t["status"]!.GetValue<string>() == "Open");
        InstantOf(fresh[0]["dueAt"]).ShouldBe(Utc("2026-03-20T04:03:00Z"));
        (await GetOkAsync(sz.Client, FollowUpsRoute + "?status=Open"))["totalCount"]!.GetValue<int>().ShouldBe(7);
    }

    [Fact]
    public async Task MessagesJob_WhenMessagesFallDue_SendsEachOnceThroughTheNotificationPort()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");
        await BuyAsync(sz, member, 10_000m);
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var early = await RunMessagesJobAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var thanks = await RunMessagesJobAsync();
        var again = await RunMessagesJobAsync();
        PinChinaDate(new DateOnly(2026, 5, 1));
        var rest = await RunMessagesJobAsync();

        early.ShouldBe(0);
        thanks.ShouldBe(1);
        again.ShouldBe(0);
        rest.ShouldBe(2, "the care message and the greeting; calls are never sent");
        (await NoticesOfAsync(member)).ShouldBe(["purchase.thanks", "follow_up.care", "follow_up.greeting"]);
        var tasks = Items(await GetOkAsync(sz.Client, FollowUpsRoute));
        tasks.Take(3).ShouldAllBe(t => t["status"]!.GetValue<string>() == "Done" && t["outcome"]!.GetValue<string>() == "Sent");
        InstantOf(tasks[0]["closedAt"]).ShouldBe(Utc("2026-03-10T04:03:00Z"));
        tasks.Skip(3).ShouldAllBe(t => t["status"]!.GetValue<string>() == "Open");
    }

    [Fact]
    public async Task MessagesJob_WhenRunForAnEarlierDate_SendsOnlyWhatWasDueByThatDaysEnd()
    {
        var sz = await OpenBranchAsync("SZ001", "755");
        var member = await ActiveMemberAsync(sz, "13800138000");
        await BuyAsync(sz, member, 10_000m);
        PinChinaDate(new DateOnly(2026, 4, 1));

        var forThe12th = await RunMessagesJobAsync(new DateOnly(2026, 3, 12));
        var forThe13th = await RunMessagesJobAsync(new DateOnly(2026, 3, 13));

        forThe12th.ShouldBe(1);
        forThe13th.ShouldBe(1);
        (await NoticesOfAsync(member)).ShouldBe(["purchase.thanks", "follow_up.care"]);
    }

    private async Task<int> RunMessagesJobAsync(DateOnly? asOf = null)
    {
        var query = asOf is { } date ? $"?asOf={date:yyyy-MM-dd}" : string.Empty;
        var response = await HeadOffice().PostAsync($"/api/v1/hq/jobs/follow-up-messages/run{query}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = await ReadJsonAsync(response);
        report["skipped"]!.GetValue<bool>().ShouldBeFalse();
        return report["processed"]!.GetValue<int>();
    }
}
