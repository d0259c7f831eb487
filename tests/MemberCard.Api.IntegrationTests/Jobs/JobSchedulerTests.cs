namespace MemberCard.Api.IntegrationTests.Jobs;

using System.Diagnostics;
using MemberCard.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

/// <summary>
/// The schedule, on a second server over the same database with the scheduler switched on and polling fast:
/// nothing before 02:00 in Shanghai, each job once per business day after it, milestone gifts only at month end.
/// </summary>
public sealed class JobSchedulerTests(MemberCardApiFactory factory) : JobsTestBase(factory)
{
    private const string ScheduledRunsSql = """
        SELECT name || ' ' || as_of::text FROM membercard.job_runs WHERE trigger = 'schedule' AND finished_at IS NOT NULL ORDER BY id
        """;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Scheduler_WhenEnabled_RunsEachDueJobOncePerDueBusinessDayAfterTheLocalRunTime()
    {
        On(new DateOnly(2024, 12, 30));
        var branch = await OpenBranchAsync("SC001", "755");
        var member = await ActiveMemberAsync(branch, "13800138051");
        await BuyAsync(branch, member, 100m);
        At(new DateOnly(2026, 12, 30), 1);
        await using var scheduled = Factory.WithWebHostBuilder(b => b
            .UseSetting("Jobs:Enabled", "true")
            .UseSetting("Jobs:StartDelay", "00:00:00")
            .UseSetting("Jobs:PollInterval", PollInterval.ToString())
            .UseSetting("Jobs:RunAtLocalTime", "02:00"));
        _ = scheduled.Server;

        await Task.Delay(PollInterval * 10);
        var beforeRunTime = await RowsAsync(ScheduledRunsSql);
        At(new DateOnly(2026, 12, 30), 3);
        var dayOne = await WaitForScheduledRunsAsync(1);
        await Task.Delay(PollInterval * 10);
        var dayOneLater = await RowsAsync(ScheduledRunsSql);
        At(new DateOnly(2026, 12, 31), 3);
        var monthEnd = await WaitForScheduledRunsAsync(3);
        At(new DateOnly(2027, 1, 1), 3);
        var monthStart = await WaitForScheduledRunsAsync(5);

        beforeRunTime.ShouldBeEmpty();
        dayOne.ShouldBe(["points-expiry 2026-12-30"]);
        dayOneLater.Count.ShouldBe(1);
        monthEnd.Skip(1).ShouldBe(["points-expiry 2026-12-31", "milestone-gifts 2026-12-31"], ignoreOrder: true);
        monthStart.Skip(3).ShouldBe(["points-expiry 2027-01-01", "tier-review 2027-01-01"], ignoreOrder: true);
        (await ExpiriesAsync(member)).Select(e => e[0]).ShouldBe(["-100"]);
        (await BalanceAsync(member)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    /// <summary>Waits (bounded) until the schedule has finished at least <paramref name="count"/> runs.</summary>
    private async Task<List<string>> WaitForScheduledRunsAsync(int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var runs = (await RowsAsync(ScheduledRunsSql)).Select(r => r[0]).ToList();
            if (runs.Count >= count || waited.Elapsed > TimeSpan.FromSeconds(20))
            {
                return runs;
            }

            await Task.Delay(PollInterval);
        }
    }
}
