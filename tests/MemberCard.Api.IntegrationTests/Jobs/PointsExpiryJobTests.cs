namespace MemberCard.Api.IntegrationTests.Jobs;

using MemberCard.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Points expiry: a lot credited on D expires on D + 24 months (the first day it is gone) with one Expire entry
/// for what is left of it, and a second run for the same date changes nothing.
/// </summary>
public sealed class PointsExpiryJobTests(MemberCardApiFactory factory) : JobsTestBase(factory)
{
    private static readonly DateOnly EarnedOn = new(2026, 3, 15);
    private static readonly DateOnly ExpiresOn = new(2028, 3, 15);

    [Fact]
    public async Task Run_WhenLotReachesItsExpiryDate_ExpiresItWithOneEntryAndNotADayEarlier()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("EX001", "755");
        var member = await ActiveMemberAsync(branch, "13800138001");
        var receipt = await BuyAsync(branch, member, 100m);
        receipt["pointsBalance"]!.GetValue<long>().ShouldBe(100);
        var lotId = await ScalarAsync<string>("SELECT id::text FROM membercard.points_lots WHERE member_id = @id", ("id", member.MemberId));

        On(ExpiresOn.AddDays(-1));
        var dayBefore = await ProcessedAsync(PointsExpiry, ExpiresOn.AddDays(-1));
        var balanceDayBefore = await BalanceAsync(member);
        var expiriesDayBefore = await ExpiriesAsync(member);
        On(ExpiresOn);
        var onTheDay = await ProcessedAsync(PointsExpiry, ExpiresOn);

        dayBefore.ShouldBe(0);
        balanceDayBefore.ShouldBe(100);
        expiriesDayBefore.ShouldBeEmpty();
        onTheDay.ShouldBe(1);
        (await BalanceAsync(member)).ShouldBe(0);
        var expiry = (await RowsAsync(
            "SELECT points::text, lot_id::text, business_date::text, balance_after::text FROM membercard.points_ledger WHERE member_id = @id AND kind = 'Expire'",
            ("id", member.MemberId))).ShouldHaveSingleItem();
        expiry.ShouldBe(["-100", lotId, "2028-03-15", "0"]);
        (await ScalarAsync<long>("SELECT remaining FROM membercard.points_lots WHERE id = @id::uuid", ("id", lotId))).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Run_WhenLotWasPartlySpent_ExpiresOnlyWhatIsLeftOfIt()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("EX002", "755");
        var member = await ActiveMemberAsync(branch, "13800138002");
        await BuyAsync(branch, member, 1_000m);
        On(EarnedOn.AddDays(1));
        var second = await BuyAsync(branch, member, 100m, pointsUsed: 300);
        var earnedNextDay = second["pointsEarned"]!.GetValue<long>();
        second["pointsBalance"]!.GetValue<long>().ShouldBe(700 + earnedNextDay);

        On(ExpiresOn);
        var firstLot = await ProcessedAsync(PointsExpiry, ExpiresOn);
        var balanceAfterFirstLot = await BalanceAsync(member);
        var expiriesAfterFirstLot = (await ExpiriesAsync(member)).Select(e => e[0]).ToList();
        On(ExpiresOn.AddDays(1));
        var secondLot = await ProcessedAsync(PointsExpiry, ExpiresOn.AddDays(1));

        earnedNextDay.ShouldBeGreaterThan(0);
        firstLot.ShouldBe(1);
        expiriesAfterFirstLot.ShouldBe(["-700"]);
        balanceAfterFirstLot.ShouldBe(earnedNextDay);
        secondLot.ShouldBe(1);
        (await ExpiriesAsync(member)).Select(e => e[0]).ShouldBe(["-700", (-earnedNextDay).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        (await BalanceAsync(member)).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Run_WhenRepeatedForTheSameDate_ChangesNothingMore()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("EX003", "755");
        var first = await ActiveMemberAsync(branch, "13800138003");
        var second = await ActiveMemberAsync(branch, "13800138004");
        await BuyAsync(branch, first, 120m);
        await BuyAsync(branch, second, 80m);
        On(EarnedOn.AddDays(1));
        await BuyAsync(branch, second, 50m);
        On(ExpiresOn);
        var firstRun = await ProcessedAsync(PointsExpiry, ExpiresOn);
        var before = await PointsBooksAsync();

        var secondRun = await ProcessedAsync(PointsExpiry, ExpiresOn);

        firstRun.ShouldBe(2);
        secondRun.ShouldBe(0);
        (await PointsBooksAsync()).ShouldBe(before);
        (await ExpiriesAsync(first)).Select(e => e[0]).ShouldBe(["-120"]);
        (await ExpiriesAsync(second)).Select(e => e[0]).ShouldBe(["-80"]);
        (await BalanceAsync(second)).ShouldBe(50);
        await AssertPointsBooksBalanceAsync();
    }

    [Fact]
    public async Task Run_WhenNothingHasExpired_WritesOnlyTheRunRecord()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("EX004", "755");
        var member = await ActiveMemberAsync(branch, "13800138005");
        await BuyAsync(branch, member, 100m);
        On(EarnedOn.AddMonths(23));
        var before = await PointsBooksAsync();

        var processed = await ProcessedAsync(PointsExpiry, EarnedOn.AddMonths(23));

        processed.ShouldBe(0);
        (await PointsBooksAsync()).ShouldBe(before);
        (await BalanceAsync(member)).ShouldBe(100);
        (await RowsAsync("SELECT name, as_of::text, trigger, processed::text FROM membercard.job_runs WHERE finished_at IS NOT NULL"))
            .ShouldHaveSingleItem().ShouldBe([PointsExpiry, "2028-02-15", "manual", "0"]);
    }

    [Fact]
    public async Task Run_WhenMoreMembersHoldExpiredLotsThanOnePageHolds_ExpiresEveryOnePageByPage()
    {
        On(EarnedOn);
        var branch = await OpenBranchAsync("EX005", "755");
        var member = await ActiveMemberAsync(branch, "13800138006");
        await BuyAsync(branch, member, 100m);
        await AddMembersWithTenExpiringPointsAsync(branch, count: 520);
        On(ExpiresOn);

        var processed = await ProcessedAsync(PointsExpiry, ExpiresOn);

        processed.ShouldBe(521);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.points_ledger WHERE kind = 'Expire'")).ShouldBe(521);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.members WHERE points_balance <> 0")).ShouldBe(0);
        (await ScalarAsync<long>("SELECT count(*) FROM membercard.points_lots WHERE remaining <> 0")).ShouldBe(0);
        await AssertPointsBooksBalanceAsync();
    }

    /// <summary>
    /// Members in bulk, straight into the tables (the API would take minutes): each with one lot of 10 points
    /// earned on <see cref="EarnedOn"/> and its Earn entry, so their books balance like the API's.
    /// </summary>
    private async Task AddMembersWithTenExpiringPointsAsync(TestBranch branch, int count)
    {
        await using var connection = await Factory.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TEMP TABLE bulk ON COMMIT DROP AS
                SELECT gen_random_uuid() AS member_id, gen_random_uuid() AS lot_id, '1370' || lpad(g::text, 7, '0') AS phone
                FROM generate_series(1, @count) g;
            INSERT INTO membercard.members (id, home_branch_id, name, gender, birth_date, phone, phone_verified, status, tier, points_balance, channel, joined_at, updated_at)
                SELECT member_id, @branch, '批量', 'Female', DATE '1990-05-12', phone, false, 'Active', 'Regular', 10, 'Offline', @at, @at FROM bulk;
            INSERT INTO membercard.points_lots (id, member_id, source, credited_on, expires_on, original, remaining)
                SELECT lot_id, member_id, 'Earn', @earned, @expires, 10, 10 FROM bulk;
            INSERT INTO membercard.points_ledger (member_id, kind, points, balance_after, occurred_at, business_date, lot_id)
                SELECT member_id, 'Earn', 10, 10, @at, @earned, lot_id FROM bulk;
            """;
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("branch", branch.Id);
        command.Parameters.AddWithValue("at", Factory.Clock.GetUtcNow());
        command.Parameters.AddWithValue("earned", EarnedOn);
        command.Parameters.AddWithValue("expires", ExpiresOn);
        await using var transaction = await connection.BeginTransactionAsync();
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    /// <summary>Everything that holds points: members' balances, ledger and lots.</summary>
    private async Task<string> PointsBooksAsync()
    {
        var snapshot = await SnapshotDatabaseAsync();
        return string.Join("|", snapshot["members"], snapshot["points_ledger"], snapshot["points_lots"]);
    }
}
